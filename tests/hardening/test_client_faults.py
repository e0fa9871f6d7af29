"""The generated client on a network that fails: a connection reset (TCP RST) in the middle of a stream, and a
server that stops sending, raise typed errors (sync and async), and a stream that had started is never sent
again by the retries: the server sees exactly one request. A server that stalls before answering is retried,
as it should be. The server is a real socket server on 127.0.0.1 that follows a script."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import struct
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from respan_gateway_client import APIConnectionError, APITimeoutError, AuthenticatedClient, RetryPolicy, create_client
from respan_gateway_client.api.chat import create_chat_completion
from respan_gateway_client.models import CreateChatCompletionRequest, UserMessage

EVENTS_BEFORE_FAILURE = 3
READ_TIMEOUT = 0.3
HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"


def chunk_event(index: int) -> bytes:
    chunk = {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1_760_000_000,
        "model": "gpt-4o-mini",
        "choices": [{"index": 0, "delta": {"content": f"t{index}"}, "finish_reason": None}],
    }
    data = f"data: {json.dumps(chunk)}\n\n".encode()
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


@dataclass
class ScriptedServer:
    """Accepts connections on 127.0.0.1, reads each request, and hands the socket to `answer`."""

    answer: Callable[[socket.socket], None]
    requests: int = 0
    release: threading.Event = field(default_factory=threading.Event)  # lets stalled answers finish

    def serve(self, listener: socket.socket) -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return  # the listener was closed: the test is over
            threading.Thread(target=self._handle, args=(connection,), daemon=True).start()

    def _handle(self, connection: socket.socket) -> None:
        with connection:
            if _read_request(connection):
                self.requests += 1
                self.answer(connection)


def _read_request(connection: socket.socket) -> bool:
    data = b""
    while b"\r\n\r\n" not in data:
        received = connection.recv(65536)
        if not received:
            return False
        data += received
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        (int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")), 0
    )
    while len(body) < length:
        body += connection.recv(65536)
    return True


@contextlib.contextmanager
def scripted(answer: Callable[[ScriptedServer, socket.socket], None]) -> Iterator[tuple[ScriptedServer, str]]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    server = ScriptedServer(lambda connection: answer(server, connection))
    thread = threading.Thread(target=server.serve, args=(listener,), daemon=True)
    thread.start()
    try:
        yield server, f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        server.release.set()
        listener.shutdown(socket.SHUT_RDWR)
        listener.close()
        thread.join()


def reset_mid_stream(server: ScriptedServer, connection: socket.socket) -> None:
    connection.sendall(HEAD + b"".join(chunk_event(index) for index in range(EVENTS_BEFORE_FAILURE)))
    # Linger 0: close() sends a TCP RST instead of a FIN, as a crashed proxy or a killed process does.
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def stall_mid_stream(server: ScriptedServer, connection: socket.socket) -> None:
    connection.sendall(HEAD + b"".join(chunk_event(index) for index in range(EVENTS_BEFORE_FAILURE)))
    server.release.wait()


def stall_before_answering(server: ScriptedServer, connection: socket.socket) -> None:
    server.release.wait()


def client(base_url: str) -> AuthenticatedClient:
    """Retries on (two, without waiting), so that a retry of a started stream would show."""
    return create_client(
        api_key="test-key",
        base_url=base_url,
        retry_policy=RetryPolicy(max_retries=2, initial_delay=0.0, max_delay=0.0),
        timeout=httpx.Timeout(10.0, read=READ_TIMEOUT),
    )


BODY = CreateChatCompletionRequest(model="gpt-4o-mini", messages=[UserMessage(role="user", content="Hi")])


def read_sync(base_url: str) -> list[str]:
    received: list[str] = []
    for event in create_chat_completion.stream_sync(client=client(base_url), body=BODY):
        received.append(str(event.choices[0].delta.content))
    return received


def read_async(base_url: str) -> list[str]:
    received: list[str] = []

    async def read() -> None:
        async for event in await create_chat_completion.stream_asyncio(client=client(base_url), body=BODY):
            received.append(str(event.choices[0].delta.content))

    asyncio.run(read())
    return received


READERS = [pytest.param(read_sync, id="sync"), pytest.param(read_async, id="async")]
EXPECTED = [f"t{index}" for index in range(EVENTS_BEFORE_FAILURE)]


@pytest.mark.parametrize("read", READERS)
def test_a_connection_reset_mid_stream_raises_a_connection_error_and_is_not_retried(read: Any) -> None:
    with scripted(reset_mid_stream) as (server, url), pytest.raises(APIConnectionError) as caught:
        read(url)
    assert not isinstance(caught.value, APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ReadError)  # the reset, not a clean close
    assert server.requests == 1


@pytest.mark.parametrize("read", READERS)
def test_a_read_timeout_mid_stream_raises_a_timeout_error_and_is_not_retried(read: Any) -> None:
    with scripted(stall_mid_stream) as (server, url), pytest.raises(APITimeoutError):
        read(url)
    assert server.requests == 1


def test_the_events_before_the_failure_are_delivered() -> None:
    received: list[str] = []
    with scripted(stall_mid_stream) as (_, url), pytest.raises(APITimeoutError):
        for event in create_chat_completion.stream_sync(client=client(url), body=BODY):
            received.append(str(event.choices[0].delta.content))
    assert received == EXPECTED


def test_a_stream_that_never_started_is_retried_then_times_out() -> None:
    with scripted(stall_before_answering) as (server, url), pytest.raises(APITimeoutError):
        read_sync(url)
    assert server.requests == 3  # the first try and two retries: nothing had been received


def test_a_call_that_times_out_raises_a_timeout_error() -> None:
    with scripted(stall_before_answering) as (server, url), pytest.raises(APITimeoutError):
        create_chat_completion.sync(client=client(url), body=BODY)
    assert server.requests == 3
