"""The two responses of a served request: JSON bytes with pre-encoded headers (the hot path, lighter than
Starlette's generic Response), and a stream of pre-encoded server-sent events, paced (evenly, or by pauses the
events carry), optionally cut off after N events without the terminating chunk (the `disconnect-after` fault:
the server then closes the connection), and ended with a terminal error event when it lasts longer than its limit;
a recorder, when given, learns each batch of events written and how the stream ended (the request log's copy)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterator, Mapping
from typing import Protocol

from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

BATCH_EVENTS = 8  # events per write when streaming without a delay
TERMINAL_GRACE_SECONDS = 1.0  # how long a stream over its duration may take to deliver its terminal event
TICK_SECONDS = 0.1  # how often StreamDeadlines looks at the open streams


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


class StreamDeadlines:
    """Ends the streams that outlive their limit, with one timer for all of them: a timer per stream
    (asyncio.timeout) costs uvloop enough to double the first-event p99 of 50 concurrent streams."""

    def __init__(self) -> None:
        self._open: dict[asyncio.Timeout, float] = {}
        self._watcher: asyncio.Task[None] | None = None

    def add(self, timeout: asyncio.Timeout, seconds: float) -> None:
        """Expire `timeout` (entered with no deadline) once `seconds` have passed, to within TICK_SECONDS."""
        self._open[timeout] = asyncio.get_running_loop().time() + seconds
        if self._watcher is None:
            self._watcher = asyncio.create_task(self._watch())

    def discard(self, timeout: asyncio.Timeout) -> None:
        self._open.pop(timeout, None)
        if not self._open and self._watcher is not None:
            # No stream left: no task left either (the health report's task count returns to idle, and a
            # server stopping now leaves no pending task behind).
            self._watcher.cancel()
            self._watcher = None

    async def _watch(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(TICK_SECONDS)
            now = loop.time()
            for timeout, deadline in self._open.items():
                if deadline <= now and timeout.when() is None:
                    timeout.reschedule(now)


class StreamRecorder(Protocol):
    """What learns what a stream sent: `sent` gets each batch of events as it is written (with its size in
    bytes), `ended` once how the stream ended: "completed", "client_disconnected", "fault_disconnect" (Prefer
    disconnect-after), "duration_limit" (after the terminal error event) or "interrupted" (the server stopped)."""

    def sent(self, events: list[bytes], size: int) -> None: ...

    def ended(self, how: str) -> None: ...


class EventStreamResponse(Response):
    """Server-sent events. A stream still going after `max_seconds` ends with the event `terminal(n)` returns
    (n: the number of events before it), sent with the events not yet written, and a proper end of the body.
    A float among the events is a pause: what is pending goes out, then the stream waits that many seconds."""

    media_type = "text/event-stream"

    def __init__(
        self,
        events: Iterator[bytes | float],
        headers: Mapping[str, str],
        *,
        deadlines: StreamDeadlines,
        max_seconds: float,
        terminal: Callable[[int], bytes],
        delay: float = 0.0,
        disconnect_after: int | None = None,
        recorder: StreamRecorder | None = None,
    ) -> None:
        self._events = events
        self.status_code = 200
        self.background = None
        self.init_headers({**headers, "Cache-Control": "no-cache"})
        self._deadlines = deadlines
        self._max_seconds = max_seconds
        self._terminal = terminal
        self._delay = delay
        self._disconnect_after = disconnect_after
        self._recorder = recorder

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        gone = asyncio.Event()
        watcher = asyncio.create_task(_watch_disconnect(receive, gone))
        batch: list[bytes] = []  # events taken from the iterator and not yet written
        taken = 0
        recorder = self._recorder
        how = "interrupted"
        try:
            await send({"type": "http.response.start", "status": 200, "headers": self.raw_headers})
            async with asyncio.timeout(None) as timeout:
                self._deadlines.add(timeout, self._max_seconds)
                try:
                    for event in self._events:
                        if gone.is_set():
                            how = "client_disconnected"
                            return
                        if isinstance(event, float):
                            await _send_body(send, batch, recorder, more=True)
                            await asyncio.sleep(event)
                            continue
                        if taken == self._disconnect_after:
                            await _send_body(send, batch, recorder, more=True)
                            how = "fault_disconnect"
                            return  # incomplete on purpose: no terminating chunk, the server drops the connection
                        batch.append(event)
                        taken += 1
                        # The first event goes out at once; without a delay the rest go in batches (fewer
                        # writes), and the loop gets a turn after each write so that other streams progress.
                        if self._delay or taken == 1 or len(batch) == BATCH_EVENTS:
                            await _send_body(send, batch, recorder, more=True)
                            await asyncio.sleep(self._delay)
                    await _send_body(send, batch, recorder, more=False)
                    how = "completed"
                finally:
                    self._deadlines.discard(timeout)
        except TimeoutError:
            # Over its duration: what is pending and the terminal event, then the end of the body; a client that
            # does not read gets TERMINAL_GRACE_SECONDS, then the server closes the connection.
            batch.append(self._terminal(taken))
            how = "duration_limit"
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(TERMINAL_GRACE_SECONDS):
                    await _send_body(send, batch, recorder, more=False)
        finally:
            watcher.cancel()
            if recorder is not None:
                recorder.ended(how)


async def _send_body(send: Send, batch: list[bytes], recorder: StreamRecorder | None, *, more: bool) -> None:
    if batch or not more:
        body = b"".join(batch)
        if recorder is not None and batch:
            recorder.sent(batch, len(body))
        await send({"type": "http.response.body", "body": body, "more_body": more})
        batch.clear()


async def _watch_disconnect(receive: Receive, gone: asyncio.Event) -> None:
    while True:
        message: Message = await receive()
        if message["type"] == "http.disconnect":
            gone.set()
            return
