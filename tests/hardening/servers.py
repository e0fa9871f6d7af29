"""`respan-mock serve` as a user runs it: a subprocess on a free loopback port whose whole output (stdout and
stderr: the startup line, uvicorn's access log, errors) goes to a file the test reads afterwards."""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import httpx

STARTUP_SECONDS = 30.0
_SERVING = re.compile(r"serving (http://127\.0\.0\.1:\d+)")


@contextlib.contextmanager
def cli_server(log: Path, args: Sequence[str] = (), env: dict[str, str] | None = None) -> Iterator[str]:
    """Run `respan-mock serve --port 0 ARGS`, writing its output to `log`; yield its base URL, then stop it."""
    command = [sys.executable, "-m", "respan_mock.cli", "serve", "--host", "127.0.0.1", "--port", "0", *args]
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})})
        try:
            yield _wait_for_url(process, log)
        finally:
            process.terminate()
            process.wait(timeout=30)


def _wait_for_url(process: subprocess.Popen[bytes], log: Path) -> str:
    """The URL the server printed, once it answers its health check."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"respan-mock exited with {process.returncode}:\n{log.read_text(errors='replace')}")
        match = _SERVING.search(log.read_text(errors="replace"))
        if match is not None and _answers(match.group(1)):
            return match.group(1)
        time.sleep(0.05)
    raise RuntimeError(f"respan-mock did not start:\n{log.read_text(errors='replace')}")


def _answers(url: str) -> bool:
    try:
        return httpx.get(f"{url}/_mock/health", timeout=1).status_code == 200
    except httpx.TransportError:
        return False
