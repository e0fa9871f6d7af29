"""The console at /_mock/: a page that shows the request log as it grows and opens a request to everything the
log holds about it. The page is plain HTML, CSS and JavaScript from the package's static/ folder, with no build
step, and reads nothing but the inspection API (/_mock/requests, /_mock/reset): it adds no second source of
truth, and shows credentials only as the inspection API does, redacted."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from respan_mock._docs import mock_links
from respan_mock._pages import page, static_text


@functools.cache
def console_page() -> bytes:
    body = static_text("console.html") + f"<script>\n{static_text('console.js')}</script>\n"
    return page("Respan mock console", mock_links(), "Console", body, style=static_text("console.css")).encode()


def routes() -> dict[str, tuple[str, Callable[[Request], Any]]]:
    """Handlers by path, (method, handler)."""

    async def console(request: Request) -> Response:
        return HTMLResponse(console_page())

    return {"/_mock/": ("GET", console)}
