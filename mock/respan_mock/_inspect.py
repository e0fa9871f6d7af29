"""The inspection API under /_mock/ (not part of the gateway spec): recent requests with their effective
Respan parameters (credentials redacted), reset of every store, and a health check that reports what a load
test watches for leaks (tasks, requests in flight, open connections, store sizes)."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any, Protocol

from starlette.requests import Request
from starlette.responses import JSONResponse, Response


class Recorded(Protocol):
    """A request as recorded: rendered into its log entry only when the log is read."""

    def entry(self) -> dict[str, Any]: ...


class RequestLog:
    """The most recent requests, oldest first, at most `capacity` of them."""

    def __init__(self, capacity: int) -> None:
        self._entries: deque[Recorded] = deque(maxlen=capacity)

    def record(self, request: Recorded) -> None:
        self._entries.append(request)

    def entries(self, limit: int | None = None) -> list[dict[str, Any]]:
        items = list(self._entries)
        return [item.entry() for item in (items[-limit:] if limit else items)]

    def clear(self) -> None:
        self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)


def routes(
    log: RequestLog, reset: Callable[[], None], health_report: Callable[[], dict[str, Any]]
) -> dict[str, tuple[str, Callable[[Request], Any]]]:
    """Handlers of the inspection API by path: (method, handler)."""

    async def list_requests(request: Request) -> Response:
        raw = request.query_params.get("limit", "")
        if raw and not raw.isdigit():
            return JSONResponse({"error": {"message": "limit must be a non-negative integer"}}, status_code=400)
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
