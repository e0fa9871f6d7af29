"""Against a real HTTP server on 127.0.0.1: retries, Retry-After, streams that fail, and no connection leak."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
from respan_contract._serve import serving as serve  # an ASGI app on a free loopback port, in a thread
from respan_gateway_client import APIConnectionError, AuthenticatedClient, RetryPolicy, create_client
from respan_gateway_client.api.chat import create_chat_completion
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from tests.client.helpers import chat_body, chunk, completion

Answer = Callable[[], Response]


class Gateway:
    """A chat endpoint that answers from a script (the last answer repeats) and records when requests arrive."""

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers)
        self.arrivals: list[float] = []
        self.app = Starlette(routes=[Route("/api/chat/completions", self.chat, methods=["POST"])])

    async def chat(self, request: Request) -> Response:
        await request.json()
        self.arrivals.append(time.monotonic())
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        return answer()


def ok() -> Response:
    return JSONResponse(completion("served"))


def failure(status: int, **headers: str) -> Answer:
    return lambda: JSONResponse({"error": {"message": "try later", "type": "api_error"}}, status, headers=headers)


def chunks(count: int, then_fail: bool = False) -> Answer:
    async def events() -> AsyncIterator[bytes]:
        for index in range(count):
            yield f"data: {json.dumps(chunk(f't{index}'))}\n\n".encode()
            await asyncio.sleep(0)
        if then_fail:
            raise RuntimeError("the upstream connection dropped")  # uvicorn cuts the connection mid-body
        yield b"data: [DONE]\n\n"

    return lambda: StreamingResponse(events(), media_type="text/event-stream")


def client_for(base_url: str, **options: Any) -> AuthenticatedClient:
    options.setdefault("retry_policy", RetryPolicy(initial_delay=0.05, max_delay=0.1))
    return create_client(api_key="test-key", base_url=base_url, **options)


def test_server_failing_twice_then_succeeding() -> None:
    gateway = Gateway(failure(503), failure(500), ok)
    with serve(gateway.app) as base_url:
        result = create_chat_completion.sync(client=client_for(base_url), body=chat_body())
    assert result.choices[0].message.content == "served"
    assert len(gateway.arrivals) == 3


def test_retry_after_is_honoured() -> None:
    gateway = Gateway(failure(429, **{"Retry-After": "1"}), ok)
    with serve(gateway.app) as base_url:
        create_chat_completion.sync(client=client_for(base_url), body=chat_body())
    first, second = gateway.arrivals
    assert second - first >= 0.95  # the backoff alone would have waited at most 0.05 s


def test_stream_failing_before_its_first_byte_is_retried() -> None:
    gateway = Gateway(failure(503), chunks(3))
    with serve(gateway.app) as base_url:
        received = list(create_chat_completion.stream_sync(client=client_for(base_url), body=chat_body()))
    assert [c.choices[0].delta.content for c in received] == ["t0", "t1", "t2"]
    assert len(gateway.arrivals) == 2


def test_stream_is_never_retried_after_its_first_byte() -> None:
    gateway = Gateway(chunks(2, then_fail=True), chunks(5))
    received = []
    with serve(gateway.app) as base_url:
        stream = create_chat_completion.stream_sync(client=client_for(base_url), body=chat_body())
        with pytest.raises(APIConnectionError):
            for event in stream:
                received.append(event.choices[0].delta.content)
    assert received == ["t0", "t1"]
    assert len(gateway.arrivals) == 1


def one_connection(base_url: str) -> AuthenticatedClient:
    """A client with a single pooled connection: a stream that kept its connection would block the next request
    until the pool timeout (then fail with APITimeoutError)."""
    limits = httpx.Limits(max_connections=1)
    return client_for(
        base_url,
        transport=httpx.HTTPTransport(limits=limits),
        async_transport=httpx.AsyncHTTPTransport(limits=limits),
        timeout=httpx.Timeout(30.0, pool=5.0),
        retry_policy=RetryPolicy(max_retries=0),
    )


def test_breaking_out_of_streams_releases_the_connection() -> None:
    gateway = Gateway(chunks(10_000))
    with serve(gateway.app) as base_url:
        client = one_connection(base_url)
        for _ in range(5):
            for event in create_chat_completion.stream_sync(client=client, body=chat_body()):
                assert event.choices[0].delta.content == "t0"
                break
        gateway.answers = [ok]
        assert create_chat_completion.sync(client=client, body=chat_body()).choices[0].message.content == "served"
    assert len(gateway.arrivals) == 6


def test_async_break_without_a_with_block_releases_the_connection() -> None:
    gateway = Gateway(chunks(10_000))

    async def run(base_url: str) -> None:
        client = one_connection(base_url)
        for _ in range(3):
            async for _event in await create_chat_completion.stream_asyncio(client=client, body=chat_body()):
                break  # the abandoned async generator is closed by the event loop

    with serve(gateway.app) as base_url:
        asyncio.run(run(base_url))
    assert len(gateway.arrivals) == 3


def test_async_break_and_close_release_the_connection() -> None:
    gateway = Gateway(chunks(10_000))

    async def run(base_url: str) -> None:
        client = one_connection(base_url)
        for _ in range(3):
            async with await create_chat_completion.stream_asyncio(client=client, body=chat_body()) as stream:
                async for _event in stream:
                    break
        stream = await create_chat_completion.stream_asyncio(client=client, body=chat_body())
        await stream.close()
        gateway.answers = [ok]
        completion_ = await create_chat_completion.asyncio(client=client, body=chat_body())
        assert completion_.choices[0].message.content == "served"

    with serve(gateway.app) as base_url:
        asyncio.run(run(base_url))
    assert len(gateway.arrivals) == 5
