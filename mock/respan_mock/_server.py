"""Serving the app with uvicorn (uvloop + httptools): in the foreground for the CLI, or in a background
thread on a pre-bound socket for tests and demos (`running()`)."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import uvicorn

from respan_mock._app import create_app
from respan_mock.config import MockConfig

STARTUP_TIMEOUT = 30.0


def server_config(config: MockConfig, *, log_level: str = "warning", access_log: bool = False) -> uvicorn.Config:
    return uvicorn.Config(
        create_app(config),
        loop="uvloop",
        http="httptools",
        lifespan="off",
        proxy_headers=False,  # a local simulator: no proxy in front whose headers to trust
        log_level=log_level,
        access_log=access_log,
        timeout_graceful_shutdown=5,
    )


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port (port 0: a free one)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


@contextlib.contextmanager
def running(config: MockConfig | None = None, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Run the mock in a background thread on host:port (0: a free port); yields its base URL."""
    sock = bind(host, port)
    server = uvicorn.Server(server_config(config or MockConfig()))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="respan-mock", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the mock gateway did not start")
            time.sleep(0.005)
        bound_port = sock.getsockname()[1]
        shown = f"[{host}]" if ":" in host else host
        yield f"http://{shown}:{bound_port}"
    finally:
        server.should_exit = True
        thread.join()
        sock.close()
