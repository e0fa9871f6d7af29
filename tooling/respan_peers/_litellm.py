"""LiteLLM proxy on loopback, in front of an OpenAI-format upstream, for as long as a `with` block runs.

It runs from its own virtual environment (made by `make contract-peers` from contract/peers/), as a child process
with contract/peers/litellm.config.yaml, and offline: LiteLLM fetches its model cost map from the internet at
import unless LITELLM_LOCAL_MODEL_COST_MAP is set, sends usage telemetry unless told not to, and loads a `.env`
file from its working directory outside production mode."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

from respan_peers._errors import PeerError

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "contract" / "peers" / "litellm.config.yaml"
# LiteLLM imports for several seconds before it listens; far longer on a loaded machine.
STARTUP_TIMEOUT = 180.0
STOP_TIMEOUT = 15.0
_LOG_TAIL = 2_000


@dataclass(frozen=True)
class LiteLLMProxy:
    """A running proxy: its base URL (operations under `/v1` and unprefixed), key and version."""

    base_url: str
    master_key: str
    version: str


def installed_version(venv: Path) -> str:
    """The LiteLLM version in `venv`; a PeerError that says how to install it when it is not there."""
    python = venv / "bin" / "python"
    if not (venv / "bin" / "litellm").is_file() or not python.is_file():
        raise PeerError(f"LiteLLM proxy is not installed in {venv}: `make contract-peers` installs it there")
    found = subprocess.run(
        [str(python), "-c", "from importlib.metadata import version; print(version('litellm'))"],
        capture_output=True,
        text=True,
        check=False,
    )
    if found.returncode != 0:
        raise PeerError(f"{venv} has no working LiteLLM ({found.stderr.strip()}): remove it and rerun the target")
    return found.stdout.strip()


def proxy_environment(upstream_url: str, upstream_key: str, master_key: str) -> dict[str, str]:
    """The child's environment: the values the config file reads, and LiteLLM kept off the network."""
    return {
        **os.environ,
        "RESPAN_PEER_UPSTREAM_URL": upstream_url,
        "RESPAN_PEER_UPSTREAM_KEY": upstream_key,
        "RESPAN_PEER_MASTER_KEY": master_key,
        "LITELLM_LOCAL_MODEL_COST_MAP": "True",  # the cost map bundled in the package, not a download
        "LITELLM_MODE": "PRODUCTION",  # no `.env` file read from the working directory
    }


@contextlib.contextmanager
def litellm_proxy(
    venv: Path, upstream_url: str, upstream_key: str, master_key: str, log_path: Path
) -> Iterator[LiteLLMProxy]:
    """Start LiteLLM proxy from `venv` on 127.0.0.1 (a free port) routing every model to `upstream_url` (an
    OpenAI-format base URL, e.g. `http://127.0.0.1:8000/v1`); yield it once it answers, stop it on exit.
    Its output goes to `log_path`."""
    venv = venv.resolve()  # the child runs in another working directory
    version = installed_version(venv)
    port = _free_port()
    command = [
        str(venv / "bin" / "litellm"),
        *("--config", str(CONFIG)),
        *("--host", "127.0.0.1", "--port", str(port)),
        *("--telemetry", "False"),
    ]
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command,
            env=proxy_environment(upstream_url, upstream_key, master_key),
            cwd=log_path.parent,  # anything it writes lands beside its log
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so that stopping it reaches any worker it forks
        )
        try:
            base_url = f"http://127.0.0.1:{port}"
            _wait_until_alive(process, base_url, log_path)
            yield LiteLLMProxy(base_url=base_url, master_key=master_key, version=version)
        finally:
            _stop(process)


def _free_port() -> int:
    # The CLI takes a port number, not a bound socket: ask the OS for a free one and hand it over.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_until_alive(process: subprocess.Popen[bytes], base_url: str, log_path: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    with httpx.Client(base_url=base_url, timeout=5.0) as client:
        while True:
            if process.poll() is not None:
                raise PeerError(f"LiteLLM proxy exited with status {process.returncode}:\n{_tail(log_path)}")
            with contextlib.suppress(httpx.TransportError):
                if client.get("/health/liveliness").status_code == 200:
                    return
            if time.monotonic() > deadline:
                raise PeerError(f"LiteLLM proxy did not answer within {STARTUP_TIMEOUT:.0f} s:\n{_tail(log_path)}")
            time.sleep(0.2)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def _tail(log_path: Path) -> str:
    text = log_path.read_text(errors="replace") if log_path.exists() else ""
    return text[-_LOG_TAIL:] or "(no output)"
