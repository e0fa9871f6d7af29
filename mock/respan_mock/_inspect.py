"""The inspection API under /_mock/ (not part of the gateway spec): recent requests with their effective
Respan parameters (credentials redacted), reset of every store, and a health check that reports what a load
test watches for leaks (tasks, requests in flight, open connections, store sizes)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any, Protocol

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from respan_mock._bounded import BoundedLru
from respan_mock._errors import ApiError


class Recorded(Protocol):
    """A request as recorded: rendered into its log entry only when the log is read."""

    def entry(self) -> dict[str, Any]: ...


class RequestLog:
    """The most recent requests, oldest first: at most `capacity` of them, holding at most `max_bytes` of
    request content (each entry's size is its request body and answer)."""

    def __init__(self, capacity: int, max_bytes: int) -> None:
        self._entries: BoundedLru[int, Recorded] = BoundedLru(capacity, max_bytes)
        self._count = itertools.count()

    def record(self, request: Recorded, size: int) -> None:
        self._entries.put(next(self._count), request, size)

    def entries(self, limit: int | None = None) -> list[dict[str, Any]]:
        items = self._entries.values()
        return [item.entry() for item in (items if limit is None else items[max(len(items) - limit, 0) :])]

    def clear(self) -> None:
        self._entries.clear()

    @property
    def bytes(self) -> int:
        return self._entries.bytes

    def __len__(self) -> int:
        return len(self._entries)


def routes(
    log: RequestLog, reset: Callable[[], None], health_report: Callable[[], dict[str, Any]]
) -> dict[str, tuple[str, Callable[[Request], Any]]]:
    """Handlers of the inspection API by path: (method, handler)."""

    async def list_requests(request: Request) -> Response:
        raw = request.query_params.get("limit", "")
        if raw and not raw.isdigit():
            message = f"limit must be a non-negative integer, got {raw[:40]!r}"
            return ApiError(400, message, code="invalid_value", param="/query/limit").response()
        return JSONResponse({"requests": log.entries(int(raw) if raw else None)})

    async def reset_all(request: Request) -> Response:
        reset()
        return JSONResponse({"reset": True})

    async def health(request: Request) -> Response:
        return JSONResponse(health_report())

    return {
        "/_mock/requests": ("GET", list_requests),
        "/_mock/reset": ("POST", reset_all),
        "/_mock/health": ("GET", health),
    }
