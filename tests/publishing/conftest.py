"""A real private package index for the publishing tests: pypiserver on 127.0.0.1, password-protected."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import venv
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

with warnings.catch_warnings():  # passlib 1.7.4 imports the stdlib `crypt` module, deprecated since Python 3.11
    warnings.simplefilter("ignore", DeprecationWarning)
    from passlib.apache import HtpasswdFile

USER, PASSWORD = "ci-publisher", "correct horse battery staple"


@dataclass(frozen=True)
class RunningIndex:
    url: str  # upload URL, as given to `make publish INDEX_URL=...`
    packages: Path  # the directory pypiserver serves

    @property
    def simple_url(self) -> str:
        return f"{self.url}simple/"

    def authenticated_simple_url(self) -> str:
        return self.simple_url.replace("http://", f"http://{quote(USER)}:{quote(PASSWORD)}@")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_index(root: Path, authenticate: str) -> tuple[subprocess.Popen[bytes], RunningIndex]:
    """pypiserver with an htpasswd file (sha256-crypt via passlib) and no fallback to PyPI."""
    packages = root / "packages"
    packages.mkdir(parents=True)
    htpasswd = HtpasswdFile(str(root / "htpasswd"), new=True, default_scheme="sha256_crypt")
    htpasswd.set_password(USER, PASSWORD)
    htpasswd.save()
    port = _free_port()
    command = [sys.executable, "-m", "pypiserver", "run", "--host", "127.0.0.1", "--port", str(port)]
    command += ["--authenticate", authenticate, "--passwords", str(root / "htpasswd"), "--disable-fallback"]
    server = subprocess.Popen([*command, str(packages)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    index = RunningIndex(f"http://127.0.0.1:{port}/", packages)
    _wait_until_up(server, f"{index.url}health")
    return server, index


def _wait_until_up(server: subprocess.Popen[bytes], health_url: str) -> None:
    for _ in range(600):  # a bound on attempts so a broken server cannot hang the suite; not a timing goal
        if server.poll() is not None:
            stderr = server.stderr.read().decode() if server.stderr else ""
            raise RuntimeError(f"pypiserver exited with {server.returncode}: {stderr}")
        try:
            if httpx.get(health_url).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"pypiserver did not answer at {health_url}")


def stop(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
    if server.stderr:
        server.stderr.close()


@pytest.fixture
def private_index(tmp_path: Path) -> Iterator[RunningIndex]:
    """An index that needs the password for everything: listing, downloading and uploading."""
    server, index = start_index(tmp_path / "index", "update,download,list")
    yield index
    stop(server)


@pytest.fixture
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """The publisher's credentials in the environment, as CI would set them."""
    monkeypatch.setenv("TWINE_USERNAME", USER)
    monkeypatch.setenv("TWINE_PASSWORD", PASSWORD)


@pytest.fixture(scope="session")
def released(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RunningIndex, str]]:
    """A closed index holding the three packages (published by the CLI, as `make publish` does) and their mirrored
    dependencies (`make mirror-deps`); and what publish printed."""
    root = tmp_path_factory.mktemp("release")
    server, index = start_index(root / "index", "update,download,list")
    try:
        with pytest.MonkeyPatch.context() as env:
            env.setenv("TWINE_USERNAME", USER)
            env.setenv("TWINE_PASSWORD", PASSWORD)
            printed = run_publish(["--outdir", str(root / "dist"), "publish", "--index-url", index.url])
            run_publish(["--outdir", str(root / "dist"), "mirror-deps", "--index-url", index.url])
        yield index, printed
    finally:
        stop(server)


def run_publish(args: list[str]) -> str:
    """Run `python -m respan_publish ARGS` in a subprocess (as make does); its stdout, or fail with its stderr."""
    done = subprocess.run([sys.executable, "-m", "respan_publish", *args], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def pip_env() -> dict[str, str]:
    """pip configured by its command line alone: no pip.conf and no PIP_* variables (extra indexes, find-links)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PIP_", "PYTHON"))}
    return {**env, "PIP_CONFIG_FILE": os.devnull}


def install_from(index: RunningIndex, path: Path, requirement: str) -> Path:
    """A fresh virtual environment at `path` with `requirement` installed from `index` alone; its python."""
    venv.EnvBuilder(with_pip=True, clear=True).create(path)
    python = path / "bin" / "python"
    install = [str(python), "-m", "pip", "install", "--no-cache-dir", "--disable-pip-version-check"]
    install += ["--index-url", index.authenticated_simple_url(), requirement]
    done = subprocess.run(install, env=pip_env(), capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"Looking in indexes: http://{USER}:****@127.0.0.1:" in done.stdout  # this index and no other
    return python
