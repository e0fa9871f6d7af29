"""The inspection API under /_mock/ (not part of the gateway spec): recent requests with their effective
Respan parameters (credentials redacted), one request by its log id, reset of every store, and a health check
that reports what a load test watches for leaks (tasks, requests in flight, open connections, store sizes)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any, Protocol

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from respan_mock._bounded import BoundedLru
from respan_mock._errors import ApiError, shown


class Recorded(Protocol):
    """A request as recorded: rendered into its log entry only when the log is read."""

    log_id: str

    def entry(self) -> dict[str, Any]: ...


class RequestLog:
    """The most recent requests, oldest first: at most `capacity` of them, holding at most `max_bytes` of
    request content (each entry's size is its request body and answer)."""

    def __init__(self, capacity: int, max_bytes: int) -> None:
        self._entries: BoundedLru[int, Recorded] = BoundedLru(capacity, max_bytes)
        self._count = itertools.count()

    def record(self, request: Recorded, size: int) -> int:
        """Keep `request`; returns its key, for `resize` once what it holds grows (a stream's events)."""
        key = next(self._count)
        self._entries.put(key, request, size)
        return key

    def resize(self, key: int, size: int) -> None:
        self._entries.resize(key, size)

    def entries(self, limit: int | None = None, after: str | None = None) -> list[dict[str, Any]]:
        """The newest `limit` entries (all: None), oldest first; with `after`, only those recorded after the
        entry of that log id (none when it is not in the log)."""
        items = self._entries.values()
        if after is not None:
            position = next((index for index, item in enumerate(items) if item.log_id == after), len(items))
            items = items[position + 1 :]
        return [item.entry() for item in (items if limit is None else items[max(len(items) - limit, 0) :])]

    def entry(self, log_id: str) -> dict[str, Any] | None:
        """The entry of `log_id`, or None when it is not (or no longer) in the log."""
        found = self._find(log_id)
        return None if found is None else found.entry()

    def __contains__(self, log_id: str) -> bool:
        return self._find(log_id) is not None

    def _find(self, log_id: str) -> Recorded | None:
        return next((item for item in self._entries.values() if item.log_id == log_id), None)

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
        limit = int(raw) if raw else None
        after = request.query_params.get("after") or None
        if after is None:
            return JSONResponse({"requests": log.entries(limit)})
        # Entries after one the caller has seen; when it is no longer in the log (a reset, or it was evicted),
        # every entry, and `after_found: false` tells the caller to start over from them.
        found = after in log
        return JSONResponse({"requests": log.entries(limit, after if found else None), "after_found": found})

    async def one_request(request: Request) -> Response:
        log_id = request.path_params["log_id"]
        found = log.entry(log_id)
        if found is None:
            message = f"No request with log id {shown(log_id)} in the log (it holds the most recent ones)."
            return ApiError(404, message, code="not_found").response()
        return JSONResponse(found)

    async def reset_all(request: Request) -> Response:
        reset()
        return JSONResponse({"reset": True})

    async def health(request: Request) -> Response:
        return JSONResponse(health_report())

    return {
        "/_mock/requests": ("GET", list_requests),
        "/_mock/requests/{log_id}": ("GET", one_request),
        "/_mock/reset": ("POST", reset_all),
        "/_mock/health": ("GET", health),
    }
