"""Streams over httpx.MockTransport: typed chunks and events, [DONE], error events, early break, async."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from respan_gateway_client import (
    AsyncStream,
    RateLimitError,
    ResponseValidationError,
    Stream,
    StreamError,
)
from respan_gateway_client.api.chat import create_chat_completion
from respan_gateway_client.api.responses import create_response
from respan_gateway_client.models import (
    ChatCompletionChunk,
    ResponseCompletedEvent,
    ResponseCreatedEvent,
    ResponseOutputTextDeltaEvent,
    UnknownResponseStreamEvent,
)
from respan_gateway_client.types import UNSET

from tests.client.helpers import (
    NO_RETRY,
    Recorder,
    chat_body,
    chunk,
    event_stream,
    mock_client,
    output_text,
    responses_body,
    responses_events,
    sse,
)

CHAT_STREAM = sse(chunk("Hel"), chunk("lo"), chunk(None, "stop"), "[DONE]")


class TrackedBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that records how much of it was read and whether it was closed."""

    def __init__(self, parts: list[bytes]) -> None:
        self.parts = parts
        self.sent = 0
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        for part in self.parts:
            self.sent += 1
            yield part

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for part in self.parts:
            self.sent += 1
            yield part

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def tracked_chat_stream(count: int) -> tuple[TrackedBody, Recorder]:
    body = TrackedBody([sse(chunk(f"t{i}")) for i in range(count)] + [sse("[DONE]")])
    response = httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=body)
    return body, Recorder(response)


def test_chat_stream_yields_typed_chunks_until_done() -> None:
    handler = Recorder(event_stream(CHAT_STREAM + sse(chunk("after done")), {"X-Respan-Log-Id": "log-7"}))
    with create_chat_completion.stream_sync(client=mock_client(handler), body=chat_body()) as stream:
        assert stream.response.headers["X-Respan-Log-Id"] == "log-7"
        chunks = list(stream)
    assert all(isinstance(c, ChatCompletionChunk) for c in chunks)
    assert [c.choices[0].delta.content for c in chunks] == ["Hel", "lo", UNSET]
    assert chunks[-1].choices[0].finish_reason == "stop"


def test_stream_request_asks_for_a_stream() -> None:
    handler = Recorder(event_stream(CHAT_STREAM))
    list(create_chat_completion.stream_sync(client=mock_client(handler), body=chat_body()))
    assert handler.json()["stream"] is True
    assert handler.requests[0].headers["Accept"] == "text/event-stream"


def test_responses_stream_dispatches_each_event_type_to_its_class() -> None:
    events = responses_events("Hi there")
    handler = Recorder(event_stream(sse(*events, named=True)))
    received = list(create_response.stream_sync(client=mock_client(handler), body=responses_body()))
    assert [type(e).__name__ for e in received] == [
        "ResponseCreatedEvent",
        "ResponseInProgressEvent",
        "ResponseOutputItemAddedEvent",
        "ResponseContentPartAddedEvent",
        "ResponseOutputTextDeltaEvent",
        "ResponseOutputTextDeltaEvent",
        "ResponseOutputTextDoneEvent",
        "ResponseContentPartDoneEvent",
        "ResponseOutputItemDoneEvent",
        "ResponseCompletedEvent",
    ]
    assert isinstance(received[0], ResponseCreatedEvent)
    assert [e.delta for e in received if isinstance(e, ResponseOutputTextDeltaEvent)] == ["Hi ", "there"]
    assert [e.sequence_number for e in received if not isinstance(e, UnknownResponseStreamEvent)] == list(
        range(len(events))
    )
    completed = received[-1]
    assert isinstance(completed, ResponseCompletedEvent)
    assert output_text(completed.response) == "Hi there"


def test_responses_error_event_raises_stream_error_after_the_events_before_it() -> None:
    error = {
        "type": "error",
        "sequence_number": 2,
        "code": "upstream_error",
        "message": "provider failed",
        "param": None,
    }
    handler = Recorder(event_stream(sse(*responses_events()[:2], error, named=True)))
    received = []
    with pytest.raises(StreamError) as caught:
        for event in create_response.stream_sync(client=mock_client(handler), body=responses_body()):
            received.append(event)
    assert len(received) == 2
    assert (caught.value.message, caught.value.code) == ("provider failed", "upstream_error")
    assert caught.value.event["sequence_number"] == 2


def test_chat_error_chunk_raises_stream_error() -> None:
    envelope = {"error": {"message": "all models failed", "type": "upstream_error", "code": "all_models_failed"}}
    handler = Recorder(event_stream(sse(chunk("a"), envelope)))
    stream = create_chat_completion.stream_sync(client=mock_client(handler), body=chat_body())
    with pytest.raises(StreamError, match="all models failed") as caught:
        list(stream)
    assert caught.value.code == "all_models_failed"


def test_an_event_type_the_client_does_not_know_is_kept_whole() -> None:
    unknown = {"type": "response.teleport.started", "sequence_number": 2, "item_id": "ws_1", "where": "Mars"}
    events = responses_events()
    handler = Recorder(event_stream(sse(events[0], events[1], unknown, *events[2:])))
    received = list(create_response.stream_sync(client=mock_client(handler), body=responses_body()))
    assert len(received) == len(events) + 1
    kept = received[2]
    assert isinstance(kept, UnknownResponseStreamEvent)
    assert kept.type_ == "response.teleport.started"
    assert kept.additional_properties == {"sequence_number": 2, "item_id": "ws_1", "where": "Mars"}


def test_malformed_event_raises_response_validation_error() -> None:
    handler = Recorder(event_stream(sse(chunk("a"), "{not json")))
    with pytest.raises(ResponseValidationError, match="not JSON"):
        list(create_chat_completion.stream_sync(client=mock_client(handler), body=chat_body()))


def test_error_status_raises_before_the_stream_starts() -> None:
    envelope = {"error": {"message": "slow down", "type": "rate_limit_error", "code": "customer_rate_limit_exceeded"}}
    handler = Recorder(httpx.Response(429, json=envelope))
    with pytest.raises(RateLimitError, match="slow down") as caught:
        create_chat_completion.stream_sync(client=mock_client(handler, retry_policy=NO_RETRY), body=chat_body())
    assert caught.value.code == "customer_rate_limit_exceeded"


def test_a_json_answer_to_a_stream_request_is_a_clear_error() -> None:
    handler = Recorder(httpx.Response(200, json={"id": "x"}))
    with pytest.raises(ResponseValidationError, match="expected a 200 text/event-stream, got 200 application/json"):
        create_chat_completion.stream_sync(client=mock_client(handler), body=chat_body())


def test_breaking_out_of_the_loop_closes_the_response() -> None:
    body, handler = tracked_chat_stream(1000)
    for received in create_chat_completion.stream_sync(client=mock_client(handler), body=chat_body()):
        assert received.choices[0].delta.content == "t0"
        break
    assert body.closed
    assert body.sent < 10  # the rest of the stream was never read


def test_leaving_the_with_block_closes_the_response() -> None:
    body, handler = tracked_chat_stream(1000)
    with create_chat_completion.stream_sync(client=mock_client(handler), body=chat_body()) as stream:
        iterator = iter(stream)
        next(iterator)
        assert not body.closed
    assert body.closed


def test_reading_to_the_end_closes_the_response() -> None:
    body, handler = tracked_chat_stream(3)
    assert len(list(create_chat_completion.stream_sync(client=mock_client(handler), body=chat_body()))) == 3
    assert body.closed


def test_a_stream_is_iterated_once() -> None:
    stream: Stream[ChatCompletionChunk] = create_chat_completion.stream_sync(
        client=mock_client(Recorder(event_stream(CHAT_STREAM))), body=chat_body()
    )
    list(stream)
    with pytest.raises(RuntimeError, match="only once"):
        list(stream)


def test_async_chat_stream_yields_typed_chunks() -> None:
    handler = Recorder(event_stream(CHAT_STREAM))

    async def read() -> list[ChatCompletionChunk]:
        async with await create_chat_completion.stream_asyncio(client=mock_client(handler), body=chat_body()) as stream:
            return [c async for c in stream]

    assert [c.choices[0].delta.content for c in asyncio.run(read())] == ["Hel", "lo", UNSET]


def test_async_responses_stream_dispatches_events() -> None:
    handler = Recorder(event_stream(sse(*responses_events("a b c"))))

    async def read() -> list[object]:
        stream: AsyncStream[object] = await create_response.stream_asyncio(
            client=mock_client(handler), body=responses_body()
        )  # type: ignore[assignment]
        return [e async for e in stream]

    received = asyncio.run(read())
    assert sum(isinstance(e, ResponseOutputTextDeltaEvent) for e in received) == 3
    assert isinstance(received[-1], ResponseCompletedEvent)


def test_async_break_inside_async_with_closes_the_response() -> None:
    body, handler = tracked_chat_stream(1000)

    async def read_one() -> None:
        async with await create_chat_completion.stream_asyncio(client=mock_client(handler), body=chat_body()) as stream:
            async for _ in stream:
                break
        assert body.closed

    asyncio.run(read_one())
    assert body.sent < 10


def test_async_error_event_raises_stream_error() -> None:
    error = {"type": "error", "sequence_number": 0, "code": "upstream_timeout", "message": "too slow", "param": None}
    handler = Recorder(event_stream(sse(error)))

    async def read() -> None:
        async for _ in await create_response.stream_asyncio(client=mock_client(handler), body=responses_body()):
            pass

    with pytest.raises(StreamError, match="too slow"):
        asyncio.run(read())
