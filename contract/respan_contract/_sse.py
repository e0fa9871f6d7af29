"""Server-sent events from a response body, parsed by httpx-sse (only complete events are dispatched: an event
cut off without its blank line is not one)."""

from __future__ import annotations

import httpx
from httpx_sse import EventSource, ServerSentEvent

__all__ = ["ServerSentEvent", "parse_events"]


def parse_events(body: bytes) -> list[ServerSentEvent]:
    """The complete events of an event-stream body."""
    response = httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)
    return list(EventSource(response).iter_sse())
