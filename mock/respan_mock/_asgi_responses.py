"""The two responses of a served request: JSON bytes with pre-encoded headers (the hot path, lighter than
Starlette's generic Response), and a stream of pre-encoded server-sent events, paced, optionally cut off after N
events without the terminating chunk (the `disconnect-after` fault: the server then closes the connection)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Mapping

from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

BATCH_EVENTS = 8  # events per write when streaming without a delay


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
    media_type = "text/event-stream"

    def __init__(
        self,
        events: Iterator[bytes],
        headers: Mapping[str, str],
        *,
        delay: float = 0.0,
        disconnect_after: int | None = None,
    ) -> None:
        self._events = events
        self.status_code = 200
        self.background = None
        self.init_headers({**headers, "Cache-Control": "no-cache"})
        self._delay = delay
        self._disconnect_after = disconnect_after

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        gone = asyncio.Event()
        watcher = asyncio.create_task(_watch_disconnect(receive, gone))
        try:
            await send({"type": "http.response.start", "status": 200, "headers": self.raw_headers})
            batch: list[bytes] = []
            for sent, event in enumerate(self._events):
                if gone.is_set():
                    return
                if sent == self._disconnect_after:
                    await _send_body(send, batch, more=True)
                    return  # incomplete on purpose: no terminating chunk, the server drops the connection
                batch.append(event)
                # The first event goes out at once; without a delay the rest go in batches (fewer writes),
                # and the loop gets a turn after each write so that concurrent streams and requests progress.
                if self._delay or sent == 0 or len(batch) == BATCH_EVENTS:
                    await _send_body(send, batch, more=True)
                    await asyncio.sleep(self._delay)
            await _send_body(send, batch, more=False)
        finally:
            watcher.cancel()


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
