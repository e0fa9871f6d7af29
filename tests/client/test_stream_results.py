"""What a stream assembles over httpx.MockTransport: the final ChatCompletion and Response, and their text."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from respan_gateway_client import (
    AsyncChatCompletionStream,
    ChatCompletionStream,
    ResponseStream,
    ResponseValidationError,
    StreamError,
)
from respan_gateway_client.api.chat import create_chat_completion
from respan_gateway_client.api.responses import create_response
from respan_gateway_client.api.responses.create_response import ResponseStreamEvent
from respan_gateway_client.models import ChatCompletion, ChatCompletionChunk, RequestBreakdown, ToolCall
from respan_gateway_client.types import UNSET, Unset

from tests.client.helpers import (
    Recorder,
    chat_body,
    chunk,
    completion,
    event_stream,
    mock_client,
    output_text,
    response_object,
    responses_body,
    responses_events,
    sse,
)
from tests.client.test_streaming import tracked_chat_stream

USAGE = {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}
BREAKDOWN = {
    "model": "gpt-4o-mini",
    "provider": "openai",
    "prompt_tokens": 3,
    "completion_tokens": 2,
    "cost": 1e-06,
    "latency": 0.2,
    "cached": False,
}


def usage_chunk() -> dict[str, Any]:
    return {**chunk(None), "choices": [], "usage": USAGE, "request_breakdown": BREAKDOWN}


def chat_stream(*chunks: dict[str, Any]) -> Recorder:
    return Recorder(event_stream(sse(*chunks, "[DONE]")))


def tool_delta(index: int, *, id: str | None = None, name: str | None = None, arguments: str = "") -> dict[str, Any]:
    call: dict[str, Any] = {"index": index, "function": {"arguments": arguments}}
    if id is not None:
        call.update(id=id, type="function")
        call["function"]["name"] = name
    return call


def with_delta(delta: dict[str, Any], finish_reason: str | None = None, index: int = 0) -> dict[str, Any]:
    base = chunk(None, finish_reason)
    return {**base, "choices": [{"index": index, "delta": delta, "finish_reason": finish_reason}]}


def test_final_completion_matches_the_non_stream_answer() -> None:
    handler = chat_stream(chunk("Hel"), chunk("lo!"), chunk(None, "stop"), usage_chunk())
    with create_chat_completion.stream_sync(client=mock_client(handler), body=chat_body()) as stream:
        contents = [c.choices[0].delta.content for c in stream if c.choices]
        final = stream.get_final_completion()
    expected = ChatCompletion.from_dict(completion("Hello!"))
    assert contents == ["Hel", "lo!", UNSET]  # iterating yields every chunk; the result comes from the same ones
    assert (final.id, final.object_, final.model, final.created) == (
        "chatcmpl-1",
        "chat.completion",
        "gpt-4o-mini",
        1_760_000_000,
    )
    assert final.choices[0].message.content == expected.choices[0].message.content == "Hello!"
    assert final.choices[0].finish_reason == expected.choices[0].finish_reason == "stop"
    assert final.usage == expected.usage
    assert isinstance(final.request_breakdown, RequestBreakdown)
    assert final.request_breakdown.cost == 1e-06
    assert stream.get_final_text() == "Hello!"


def test_final_completion_reads_a_stream_not_yet_iterated() -> None:
    handler = chat_stream(chunk("a"), chunk("b", "length"))
    stream = create_chat_completion.stream_sync(client=mock_client(handler), body=chat_body())
    final = stream.get_final_completion()
    assert final.choices[0].message.content == "ab"
    assert final.choices[0].finish_reason == "length"
    assert isinstance(final.usage, Unset)  # no include_usage, no usage chunk
    assert stream.get_final_text() == "ab"


def test_tool_call_deltas_merge_by_index() -> None:
    handler = chat_stream(
        with_delta(
            {"role": "assistant", "content": None, "tool_calls": [tool_delta(0, id="call_a", name="get_weather")]}
        ),
        with_delta({"tool_calls": [tool_delta(0, arguments='{"city":'), tool_delta(1, id="call_b", name="get_time")]}),
        with_delta({"tool_calls": [tool_delta(1, arguments='{"tz":"UTC"}'), tool_delta(0, arguments=' "Paris"}')]}),
        with_delta({}, "tool_calls"),
    )
    final = create_chat_completion.stream_sync(client=mock_client(handler), body=chat_body()).get_final_completion()
    message = final.choices[0].message
    assert message.content is None
    assert isinstance(message.tool_calls, list)
    assert all(isinstance(c, ToolCall) for c in message.tool_calls)
    assert [(c.id, c.function.name, c.function.arguments) for c in message.tool_calls if isinstance(c, ToolCall)] == [
        ("call_a", "get_weather", '{"city": "Paris"}'),
        ("call_b", "get_time", '{"tz":"UTC"}'),
    ]
    assert all(isinstance(c, ToolCall) and c.type_ == "function" for c in message.tool_calls)
    assert final.choices[0].finish_reason == "tool_calls"


def test_choices_logprobs_and_refusals_are_kept_apart_by_index() -> None:
    def logprob(token: str) -> dict[str, Any]:
        return {"content": [{"token": token, "logprob": -0.5, "bytes": None, "top_logprobs": []}], "refusal": None}

    first = {**with_delta({"content": "yes"}, index=0), "choices": []}
    first["choices"] = [
        {"index": 0, "delta": {"content": "Hi"}, "logprobs": logprob("Hi"), "finish_reason": None},
        {"index": 1, "delta": {"refusal": "I can"}, "finish_reason": None},
    ]
    handler = chat_stream(
        first,
        {**first, "choices": [{"index": 1, "delta": {"refusal": "not."}, "finish_reason": "stop"}]},
        {
            **first,
            "choices": [{"index": 0, "delta": {"content": "!"}, "logprobs": logprob("!"), "finish_reason": "stop"}],
        },
    )
    final = create_chat_completion.stream_sync(client=mock_client(handler), body=chat_body()).get_final_completion()
    greeting, refusal = final.choices
    assert (greeting.index, greeting.message.content, refusal.index, refusal.message.refusal) == (
        0,
        "Hi!",
        1,
        "I cannot.",
    )
    assert refusal.message.content is None
    assert not isinstance(greeting.logprobs, (Unset, type(None)))
    assert isinstance(greeting.logprobs.content, list)
    assert [entry.token for entry in greeting.logprobs.content] == ["Hi", "!"]
    assert isinstance(refusal.logprobs, Unset)


def test_a_stream_without_finish_reason_has_no_final_completion_but_has_its_text() -> None:
    handler = chat_stream(chunk("cut "), chunk("short"))
    stream = create_chat_completion.stream_sync(client=mock_client(handler), body=chat_body())
    with pytest.raises(ResponseValidationError, match="before choice 0 had a finish_reason"):
        stream.get_final_completion()
    assert stream.get_final_text() == "cut short"


def test_a_tool_call_without_an_id_is_a_clear_error() -> None:
    handler = chat_stream(with_delta({"tool_calls": [tool_delta(0, arguments="{}")]}, "tool_calls"))
    stream = create_chat_completion.stream_sync(client=mock_client(handler), body=chat_body())
    with pytest.raises(ResponseValidationError, match="tool call 0 of choice 0 has no id"):
        stream.get_final_completion()


def test_leaving_the_loop_early_leaves_no_final_completion() -> None:
    body, handler = tracked_chat_stream(1000)
    stream = create_chat_completion.stream_sync(client=mock_client(handler), body=chat_body())
    for _ in stream:
        break
    assert body.closed
    with pytest.raises(RuntimeError, match="did not reach its end"):
        stream.get_final_completion()
    with pytest.raises(RuntimeError, match="did not reach its end"):
        stream.get_final_text()
    assert body.sent < 10  # asking did not read the rest


def test_close_before_reading_leaves_no_final_completion() -> None:
    body, handler = tracked_chat_stream(5)
    with create_chat_completion.stream_sync(client=mock_client(handler), body=chat_body()) as stream:
        assert isinstance(stream, ChatCompletionStream)
    assert body.closed
    with pytest.raises(RuntimeError, match="ChatCompletionStream did not reach its end"):
        stream.get_final_text()


def test_an_error_chunk_raises_from_get_final_completion() -> None:
    envelope = {"error": {"message": "all models failed", "type": "upstream_error", "code": "all_models_failed"}}
    handler = Recorder(event_stream(sse(chunk("a"), envelope)))
    stream = create_chat_completion.stream_sync(client=mock_client(handler), body=chat_body())
    with pytest.raises(StreamError, match="all models failed"):
        stream.get_final_completion()


def test_final_response_and_text_of_a_responses_stream() -> None:
    handler = Recorder(event_stream(sse(*responses_events("Hi there"), named=True)))
    with create_response.stream_sync(client=mock_client(handler), body=responses_body()) as stream:
        assert isinstance(stream, ResponseStream)
        kinds = [type(event).__name__ for event in stream]
    final = stream.get_final_response()
    assert kinds[-1] == "ResponseCompletedEvent"
    assert (final.id, final.status) == ("resp_1", "completed")
    assert output_text(final) == stream.get_final_text() == "Hi there"


@pytest.mark.parametrize("status", ["failed", "incomplete"])
def test_final_response_of_a_failed_or_incomplete_stream(status: str) -> None:
    events = responses_events("Hi there")
    events[-1] = {
        "type": f"response.{status}",
        "sequence_number": events[-1]["sequence_number"],
        "response": response_object(status),
    }
    handler = Recorder(event_stream(sse(*events)))
    stream = create_response.stream_sync(client=mock_client(handler), body=responses_body())
    assert stream.get_final_response().status == status
    assert stream.get_final_text() == "Hi there"  # the deltas that arrived before it stopped


def test_a_responses_stream_without_a_terminal_event_has_no_final_response() -> None:
    handler = Recorder(event_stream(sse(*responses_events("Hi there")[:-1])))
    stream = create_response.stream_sync(client=mock_client(handler), body=responses_body())
    with pytest.raises(ResponseValidationError, match=r"without a response\.completed"):
        stream.get_final_response()
    assert stream.get_final_text() == "Hi there"


def test_async_final_completion_and_response() -> None:
    chat = chat_stream(chunk("Hel"), chunk("lo!"), chunk(None, "stop"), usage_chunk())
    responses = Recorder(event_stream(sse(*responses_events("a b"))))

    async def read() -> tuple[ChatCompletion, str, str, str]:
        stream = await create_chat_completion.stream_asyncio(client=mock_client(chat), body=chat_body())
        assert isinstance(stream, AsyncChatCompletionStream)
        async with stream:
            seen: list[ChatCompletionChunk] = [c async for c in stream]
            assert len(seen) == 4
            final = await stream.get_final_completion()
            text = await stream.get_final_text()
        events = await create_response.stream_asyncio(client=mock_client(responses), body=responses_body())
        response = await events.get_final_response()
        return final, text, output_text(response), await events.get_final_text()

    final, text, response_text, response_deltas = asyncio.run(read())
    assert (final.choices[0].message.content, final.choices[0].finish_reason, text) == ("Hello!", "stop", "Hello!")
    assert final.usage == ChatCompletion.from_dict(completion()).usage
    assert response_text == response_deltas == "a b"


def test_async_early_break_leaves_no_final_completion() -> None:
    body, handler = tracked_chat_stream(1000)

    async def read() -> None:
        async with await create_chat_completion.stream_asyncio(client=mock_client(handler), body=chat_body()) as stream:
            async for _ in stream:
                break
        with pytest.raises(RuntimeError, match="did not reach its end"):
            await stream.get_final_completion()

    asyncio.run(read())
    assert body.closed


def test_the_stream_types_are_what_the_endpoints_declare() -> None:
    handler = Recorder(httpx.Response(200, headers={"content-type": "text/event-stream"}, content=b""))
    stream: ResponseStream[ResponseStreamEvent] = create_response.stream_sync(
        client=mock_client(handler), body=responses_body()
    )
    with pytest.raises(ResponseValidationError, match=r"without a response\.completed"):
        stream.get_final_response()
    assert stream.get_final_text() == ""
