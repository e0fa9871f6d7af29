"""Helpers of the mock benchmarks: start a server process on a free loopback port, wait until it answers,
stop it (by its own PID), and run wrk against it while measuring the server's CPU time."""

from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx
import psutil  # type: ignore[import-untyped]  # no stubs; only Process.cpu_times is used

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
PYTHON = ROOT / ".venv" / "bin" / "python"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass(frozen=True)
class Running:
    url: str
    pid: int


@contextlib.contextmanager
def server(
    command: Sequence[str], port: int, env: dict[str, str] | None = None, log: Path | None = None
) -> Iterator[Running]:
    """Run `command` (which must listen on 127.0.0.1:`port`) until the block ends; its stderr goes to `log` when
    given (a long run can log more than a pipe holds)."""
    url = f"http://127.0.0.1:{port}"
    log_file = log.open("wb") if log is not None else None
    process = subprocess.Popen(
        command,
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=log_file or subprocess.PIPE,
        cwd=ROOT,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                error = process.stderr.read().decode() if process.stderr else log.read_text() if log else ""
                raise RuntimeError(f"{command[0]} exited: {error}")
            try:
                httpx.get(url, timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{command[0]} did not start") from None
                time.sleep(0.1)
        yield Running(url, process.pid)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if log_file is not None:
            log_file.close()


def mock_server(config: Path | None = None, log: Path | None = None) -> contextlib.AbstractContextManager[Running]:
    """`respan-mock serve` on a free port (its stderr to `log` when given)."""
    port = free_port()
    command = [str(PYTHON), "-m", "respan_mock.cli", "serve", "--port", str(port), "--no-access-log"]
    if config is not None:
        command += ["--config", str(config)]
    return server([*command, "--log-level", "warning"], port, log=log)


def log_problems(log: Path) -> list[str]:
    """The lines of a server log that report an error or an exception (tracebacks included)."""
    return [
        line
        for line in log.read_text(errors="replace").splitlines()
        if "ERROR" in line or "Traceback" in line or "Exception" in line
    ]


def ceiling_server(canned: Path, *, stream: bool = False) -> contextlib.AbstractContextManager[Running]:
    """bench/mock_ceiling.py under the same uvicorn settings as `respan-mock serve` (uvloop, httptools, no
    access log, no proxy headers), returning the bytes of `canned` (as server-sent events with `stream`)."""
    port = free_port()
    command = [str(PYTHON), "-m", "uvicorn", "--app-dir", str(BENCH), "mock_ceiling:app", "--port", str(port)]
    flags = ["--loop", "uvloop", "--http", "httptools", "--no-access-log", "--no-proxy-headers", "--lifespan", "off"]
    env = {"BENCH_RESPONSE": str(canned), **({"BENCH_STREAM": "1"} if stream else {})}
    return server([*command, *flags, "--log-level", "warning"], port, env=env)


@dataclass(frozen=True)
class WrkResult:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int
    server_cpu_us: float  # server process CPU time (user + system, children included) per request


def wrk(
    running: Running, path: str, request_file: Path, seconds: int, *, distinct: bool = False, connections: int = 50
) -> WrkResult:
    """Run wrk (2 threads) with the POST script; non-2xx responses and socket errors count as errors."""
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", str(BENCH / "mock_post.lua")]
    env = {**os.environ, "BENCH_REQUEST": str(request_file)}
    if distinct:
        env["BENCH_DISTINCT"] = "1"
    process = psutil.Process(running.pid)
    before = _cpu_seconds(process)
    output = subprocess.run([*command, running.url + path], env=env, capture_output=True, text=True, check=True).stdout
    cpu = _cpu_seconds(process) - before
    total = int(_find(r"(\d+) requests in", output))
    errors = int(_find(r"Non-2xx or 3xx responses:\s+(\d+)", output, "0"))
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    if socket_errors:
        errors += sum(int(count) for count in socket_errors.groups())
    return WrkResult(
        requests_per_second=float(_find(r"Requests/sec:\s+([\d.]+)", output)),
        p50_ms=_latency(output, "50%"),
        p99_ms=_latency(output, "99%"),
        errors=errors,
        server_cpu_us=cpu / max(total, 1) * 1e6,
    )


def _cpu_seconds(process: psutil.Process) -> float:
    times = process.cpu_times()
    return float(times.user + times.system + times.children_user + times.children_system)


def _find(pattern: str, text: str, default: str | None = None) -> str:
    match = re.search(pattern, text)
    if match:
        return match.group(1)
    if default is None:
        raise RuntimeError(f"wrk output has no {pattern!r}:\n{text}")
    return default


def _latency(output: str, percentile: str) -> float:
    match = re.search(rf"^\s*{percentile}\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE)
    if match is None:
        raise RuntimeError(f"wrk output has no {percentile} latency:\n{output}")
    return float(match.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[match.group(2)]
