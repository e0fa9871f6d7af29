"""Serving the app with uvicorn (uvloop + httptools): in the foreground for the CLI, or in a background
thread on a pre-bound socket for tests and demos (`running()`)."""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from collections.abc import Iterator

import uvicorn
from starlette.applications import Starlette

from respan_mock._app import create_app
from respan_mock.config import MockConfig

STARTUP_TIMEOUT = 30.0


def create_server(config: MockConfig, *, log_level: str = "warning", access_log: bool = False) -> uvicorn.Server:
    """A uvicorn server of the mock whose /_mock/health reports the server's open connections."""
    app = create_app(config)
    server = uvicorn.Server(_server_config(app, log_level=log_level, access_log=access_log))
    app.state.count_connections = lambda: len(server.server_state.connections)
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(existing, PathWithoutQuery) for existing in access.filters):
        access.addFilter(PathWithoutQuery())
    return server


class PathWithoutQuery(logging.Filter):
    """Logs uvicorn's access lines without the query string: the gateway takes no query parameters, and a
    client that sends a key in one (`?api_key=...`) must not find it in the log."""

    def filter(self, record: logging.LogRecord) -> bool:
        # uvicorn logs '%s - "%s %s HTTP/%s" %d' % (client, method, path with query, HTTP version, status).
        if isinstance(record.args, tuple) and len(record.args) == 5:
            client, method, path, version, status = record.args
            record.args = (client, method, str(path).partition("?")[0], version, status)
        return True


def _server_config(app: Starlette, *, log_level: str, access_log: bool) -> uvicorn.Config:
    return uvicorn.Config(
        app,
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
    server = create_server(config or MockConfig())
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
