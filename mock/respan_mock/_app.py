"""The Starlette application: the gateway's routes under /api/ and /v1/, the inspection API and the console
under /_mock/, the API reference of the spec at /docs and the spec at /openapi.json, and JSON error envelopes
for unknown paths, wrong methods and unexpected errors."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from respan_mock import _console, _docs, _fixture_api, _fixtures
from respan_mock._chat import ChatEndpoint
from respan_mock._errors import ApiError
from respan_mock._fixture_table import FixtureTable
from respan_mock._gateway import Gateway
from respan_mock._inspect import routes as inspection_routes
from respan_mock._responses import ResponsesEndpoint, ResponseStore
from respan_mock._spec import load_spec
from respan_mock.config import MockConfig

# Each operation is served under the spec's /api/ prefix and under /v1/, where OpenAI-format gateways
# (respan-gateway with `base_url: <mock>/v1`) send their upstream calls.
PREFIXES = ("/api", "/v1")


def create_app(config: MockConfig | None = None, spec: Mapping[str, Any] | None = None) -> Starlette:
    """The mock gateway as an ASGI app; `app.state.gateway` holds its state (request log, caches, stores) and
    `app.state.fixtures` its fixtures. A fixture file that cannot be used raises FixtureError."""
    config = config or MockConfig()
    spec = spec if spec is not None else load_spec()
    store = ResponseStore(config.limits.stored_responses, config.limits.stored_bytes)
    checker = _fixtures.FixtureChecker(spec)
    settings = config.fixtures
    loaded = _fixtures.load(settings.paths, checker)
    fixtures = FixtureTable(checker, loaded, strict=settings.strict, speed=settings.speed)
    gateway = Gateway(config, spec, [ChatEndpoint(config), ResponsesEndpoint(config, store)], fixtures)

    def reset() -> None:
        gateway.reset()
        store.clear()

    def health() -> dict[str, Any]:
        count_connections: Callable[[], int] | None = app.state.count_connections
        return {
            "status": "ok",
            "tasks": len(asyncio.all_tasks()),
            "requests_in_flight": gateway.in_flight,
            "connections": count_connections() if count_connections is not None else None,
            "stores": {**gateway.store_sizes(), "stored_responses": len(store), "stored_responses_bytes": store.bytes},
        }

    operations = {
        prefix + path: gateway.asgi(name)
        for name, path in (("chat", "/chat/completions"), ("responses", "/responses"))
        for prefix in PREFIXES
    }
    routes = [Route(path, operation, methods=["POST"]) for path, operation in operations.items()]
    pages = {**_docs.routes(spec), **_console.routes()}  # the reference of `spec`, and the console
    for path, (method, handler) in {**inspection_routes(gateway.log, reset, health), **pages}.items():
        routes.append(Route(path, handler, methods=[method]))
    for path, handlers in _fixture_api.routes(fixtures, config.limits.max_body_bytes).items():
        routes.extend(Route(path, handler, methods=[method]) for method, handler in handlers)
    app = MockApp(
        operations,
        routes=routes,
        exception_handlers={HTTPException: _http_error, Exception: _unexpected_error},
    )
    app.state.gateway = gateway
    app.state.responses = store
    app.state.fixtures = fixtures
    # Open HTTP connections, as the server that runs the app counts them (set by respan_mock's own servers).
    app.state.count_connections = None
    return app


class MockApp(Starlette):
    """Starlette with a shortcut: a POST to one of the operations goes straight to its ASGI app, past the
    router and the middleware stack (the hot path; the operation answers its own errors). Everything else,
    including other methods on the operations' paths, takes Starlette's routes."""

    def __init__(self, operations: dict[str, ASGIApp], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._operations = operations

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST":
            operation = self._operations.get(scope["path"])
            if operation is not None:
                await operation(scope, receive, send)
                return
        await super().__call__(scope, receive, send)


async def _http_error(request: Request, exc: Exception) -> Response:
    """404 and 405 from routing, as the error envelope (405 keeps its Allow header)."""
    assert isinstance(exc, HTTPException)
    if exc.status_code == 405:
        error = ApiError(405, f"Method {request.method} is not allowed here.", code="method_not_allowed")
    else:
        error = ApiError(exc.status_code, f"No route for {request.url.path}.", code="not_found")
    return error.response(dict(exc.headers or {}))


async def _unexpected_error(request: Request, exc: Exception) -> Response:
    return ApiError(500, "Internal error of the mock gateway.", code="internal_error").response()
