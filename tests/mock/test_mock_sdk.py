"""The official OpenAI SDK, unmodified, and the published respan-api client against the mock."""

from __future__ import annotations

import json

import openai
import pytest
from openai.types.chat import ChatCompletionMessageParam, ChatCompletionToolParam
from respan.client import RespanClient

from tests.mock.helpers import API_KEY


@pytest.fixture
def sdk(base_url: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{base_url}/api", api_key=API_KEY, max_retries=0)


MESSAGES: list[ChatCompletionMessageParam] = [{"role": "user", "content": "Say hello in French."}]


def test_chat_completion(sdk: openai.OpenAI) -> None:
    completion = sdk.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)
    assert completion.object == "chat.completion"
    assert completion.model == "gpt-4o-mini"
    assert completion.choices[0].finish_reason == "stop"
    assert completion.choices[0].message.content
    assert completion.usage is not None
    assert completion.usage.total_tokens == completion.usage.prompt_tokens + completion.usage.completion_tokens


def test_chat_stream_matches_the_completion(sdk: openai.OpenAI) -> None:
    whole = sdk.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)
    stream = sdk.chat.completions.create(
        model="gpt-4o-mini",
        messages=MESSAGES,
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    text = "".join(chunk.choices[0].delta.content or "" for chunk in chunks if chunk.choices)
    assert text == whole.choices[0].message.content
    assert chunks[-1].usage is not None and whole.usage is not None
    assert chunks[-1].usage.completion_tokens == whole.usage.completion_tokens
    assert len({chunk.id for chunk in chunks}) == 1


def test_chat_completions_stream_helper(sdk: openai.OpenAI) -> None:
    with sdk.chat.completions.stream(model="gpt-4o-mini", messages=MESSAGES) as stream:
        deltas = [event.delta for event in stream if event.type == "content.delta"]
        final = stream.get_final_completion()
    assert "".join(deltas) == final.choices[0].message.content
    assert final.choices[0].finish_reason == "stop"


def test_chat_tool_call_through_the_sdk(sdk: openai.OpenAI) -> None:
    tools: list[ChatCompletionToolParam] = [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
            },
        }
    ]
    with sdk.chat.completions.stream(model="gpt-4o", messages=MESSAGES, tools=tools) as stream:
        final = stream.get_final_completion()
    calls = final.choices[0].message.tool_calls
    assert calls is not None and len(calls) == 1
    call = calls[0]
    assert call.function.name == "get_weather"
    assert isinstance(json.loads(call.function.arguments)["city"], str)


def test_parameters_the_sdk_sends_as_null_mean_left_out(sdk: openai.OpenAI) -> None:
    """`None` for an optional parameter is sent as `null` (OpenAI accepts it, LangChain sends it): the same answer
    as without the parameters."""
    plain = sdk.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, seed=7)
    nulled = sdk.chat.completions.create(
        model="gpt-4o-mini",
        messages=MESSAGES,
        seed=7,
        temperature=None,
        top_p=None,
        max_tokens=None,
        n=None,
        stop=None,
        logprobs=None,
        stream_options=None,
    )
    assert [choice.message.content for choice in nulled.choices] == [plain.choices[0].message.content]
    assert nulled.choices[0].logprobs is None
    response = sdk.responses.create(
        model="gpt-4o-mini",
        input="Write a haiku about the sea.",
        instructions=None,
        max_output_tokens=None,
        previous_response_id=None,
        include=None,
        reasoning={"effort": None, "summary": None},
        text={"verbosity": None},
    )
    assert response.status == "completed" and response.output_text


def test_responses_create(sdk: openai.OpenAI) -> None:
    response = sdk.responses.create(model="gpt-4o-mini", input="Write a haiku about the sea.")
    assert response.status == "completed"
    assert response.output_text
    assert response.usage is not None and response.usage.output_tokens > 0


def test_responses_stream_events(sdk: openai.OpenAI) -> None:
    events = list(sdk.responses.create(model="gpt-4o-mini", input="Hello", stream=True))
    assert events[0].type == "response.created"
    assert events[-1].type == "response.completed"
    assert [event.sequence_number for event in events] == list(range(len(events)))
    deltas = "".join(event.delta for event in events if event.type == "response.output_text.delta")
    assert deltas == events[-1].response.output_text


def test_responses_stream_helper_and_conversation(sdk: openai.OpenAI) -> None:
    with sdk.responses.stream(model="gpt-4o-mini", input="Hello") as stream:
        text = "".join(event.delta for event in stream if event.type == "response.output_text.delta")
        final = stream.get_final_response()
    assert text == final.output_text
    follow_up = sdk.responses.create(model="gpt-4o-mini", input="And again?", previous_response_id=final.id)
    assert follow_up.previous_response_id == final.id


def test_sdk_surfaces_a_validation_error(sdk: openai.OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        sdk.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, temperature=3)
    assert caught.value.code == "invalid_value"
    assert caught.value.param == "/temperature"
    assert "maximum" in caught.value.message


def test_published_respan_client_chat_completion(base_url: str) -> None:
    client = RespanClient(base_url=base_url, authorization=f"Bearer {API_KEY}", respan_api_key=API_KEY)
    completion = client.gateway.create_chat_completion(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "Hello"}], customer_identifier="acme"
    )
    assert completion.object == "chat.completion"
    assert completion.choices[0].message.content
    assert completion.usage is not None and completion.usage.total_tokens > 0
