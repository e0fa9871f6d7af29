"""The two responses of a served request: JSON bytes with pre-encoded headers (the hot path, lighter than
Starlette's generic Response), and a stream of pre-encoded server-sent events, paced, optionally cut off after N
events without the terminating chunk (the `disconnect-after` fault: the server then closes the connection), and
ended with a terminal error event when it lasts longer than its limit."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterator, Mapping

from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

BATCH_EVENTS = 8  # events per write when streaming without a delay
TERMINAL_GRACE_SECONDS = 1.0  # how long a stream over its duration may take to deliver its terminal event


class JsonBytesResponse(Response):
    """A 200 with a JSON body that is already encoded."""

    media_type = "application/json"

    def __init__(self, body: bytes, headers: Mapping[str, str]) -> None:
        self.status_code = 200
        self.background = None
        self.body = body
        self.raw_headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            *((name.lower().encode(), value.encode()) for name, value in headers.items()),
        ]


class EventStreamResponse(Response):
    """Server-sent events. A stream still going after `max_seconds` ends with the event `terminal(n)` returns
    (n: the number of events before it), sent with the events not yet written, and a proper end of the body."""

    media_type = "text/event-stream"

    def __init__(
        self,
        events: Iterator[bytes],
        headers: Mapping[str, str],
        *,
        max_seconds: float,
        terminal: Callable[[int], bytes],
        delay: float = 0.0,
        disconnect_after: int | None = None,
    ) -> None:
        self._events = events
        self.status_code = 200
        self.background = None
        self.init_headers({**headers, "Cache-Control": "no-cache"})
        self._max_seconds = max_seconds
        self._terminal = terminal
        self._delay = delay
        self._disconnect_after = disconnect_after
        self._batch: list[bytes] = []  # events taken from the iterator and not yet written
        self._taken = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        gone = asyncio.Event()
        watcher = asyncio.create_task(_watch_disconnect(receive, gone))
        try:
            await send({"type": "http.response.start", "status": 200, "headers": self.raw_headers})
            try:
                async with asyncio.timeout(self._max_seconds):
                    await self._stream(send, gone)
            except TimeoutError:
                await self._end_early(send)
        finally:
            watcher.cancel()

    async def _stream(self, send: Send, gone: asyncio.Event) -> None:
        batch = self._batch
        for event in self._events:
            if gone.is_set():
                return
            if self._taken == self._disconnect_after:
                await _send_body(send, batch, more=True)
                return  # incomplete on purpose: no terminating chunk, the server drops the connection
            batch.append(event)
            self._taken += 1
            # The first event goes out at once; without a delay the rest go in batches (fewer writes),
            # and the loop gets a turn after each write so that concurrent streams and requests progress.
            if self._delay or self._taken == 1 or len(batch) == BATCH_EVENTS:
                await _send_body(send, batch, more=True)
                await asyncio.sleep(self._delay)
        await _send_body(send, batch, more=False)

    async def _end_early(self, send: Send) -> None:
        """Send what is pending and the terminal event, then end the body; give up on a client that does not
        read (the server then closes the connection)."""
        self._batch.append(self._terminal(self._taken))
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(TERMINAL_GRACE_SECONDS):
                await _send_body(send, self._batch, more=False)


async def _send_body(send: Send, batch: list[bytes], *, more: bool) -> None:
    if batch or not more:
        await send({"type": "http.response.body", "body": b"".join(batch), "more_body": more})
        batch.clear()


async def _watch_disconnect(receive: Receive, gone: asyncio.Event) -> None:
    while True:
        message: Message = await receive()
        if message["type"] == "http.disconnect":
            gone.set()
            return
