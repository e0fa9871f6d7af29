"""What the request log keeps of an answer besides its summary: the response body, or a stream's events, as
the mock wrote them. Kept as the bytes that went out (no copy on the request path), decoded only when the log
is read."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from respan_mock import _json

# Of one stream's events, the log keeps the first ones within this many bytes, and the last one.
MAX_STREAM_BYTES: Final = 1 << 20


class StreamCopy:
    """A stream's events as written (the stream's recorder): the first ones, up to MAX_STREAM_BYTES, and the
    last (none when not `keep`: `disable_log`); `on_end` is called once the stream is over."""

    __slots__ = ("_keep", "_on_end", "_tail", "bytes", "end", "events", "omitted")

    def __init__(self, on_end: Callable[[], None], *, keep: bool = True) -> None:
        self.events: list[bytes] = []
        self.bytes = 0  # of `events`
        self.omitted = 0  # events written and not kept
        self.end: str | None = None  # how the stream ended; None while it goes on
        self._tail: bytes | None = None  # the latest event not kept
        self._on_end = on_end
        self._keep = keep

    def sent(self, events: list[bytes], size: int) -> None:
        if not self._keep:
            return
        if not self.omitted and self.bytes + size <= MAX_STREAM_BYTES:
            self.events += events
            self.bytes += size
        else:
            self.omitted += len(events)
            self._tail = events[-1]

    def ended(self, how: str) -> None:
        if self._tail is not None:  # the last event, after those left out
            self.events.append(self._tail)
            self.bytes += len(self._tail)
            self.omitted -= 1
            self._tail = None
        self.end = how
        self._on_end()

    def decoded(self) -> list[dict[str, Any]]:
        return [decode_event(event) for event in self.events]


def decode_event(raw: bytes) -> dict[str, Any]:
    """One server-sent event as the log shows it: its `event` name (None without one) and its `data`, parsed
    when it is JSON (else the text, such as `[DONE]`)."""
    name = None
    data: list[str] = []
    for line in raw.decode("utf-8", "replace").split("\n"):
        if line.startswith("event:"):
            name = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].removeprefix(" "))
    return {"event": name, "data": decode_body("\n".join(data))}


def decode_body(raw: bytes | str) -> Any:
    """A JSON body parsed; anything else as text."""
    try:
        return _json.loads(raw)
    except ValueError:
        return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
