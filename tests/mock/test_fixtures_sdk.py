"""An agent loop driven through fixtures by the unmodified openai SDK: the model calls get_weather, the loop runs
it and sends the result, the model answers with the scripted text. Chat and Responses, streamed and not (the
SDK's stream helpers check the event order), with the plugin's `respan_mock` fixture."""

from __future__ import annotations

import json
from typing import Any

import openai
import pytest
from openai.types.chat import ChatCompletion, ChatCompletionMessageParam, ChatCompletionToolParam
from respan_mock.testing import MockGateway

CHAT_TOOLS: list[ChatCompletionToolParam] = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
        },
    }
]
RESPONSES_TOOLS: list[Any] = [{"type": "function", **CHAT_TOOLS[0]["function"]}]
QUESTION = "What is the weather in Paris?"
ANSWER = "It is 18 degrees and sunny in Paris."


def weather(city: str) -> str:
    return json.dumps({"city": city, "celsius": 18, "sky": "sunny"})


@pytest.fixture
def sdk(respan_mock: MockGateway) -> openai.OpenAI:
    # The plugin set OPENAI_BASE_URL and OPENAI_API_KEY: the SDK needs no argument.
    return openai.OpenAI(max_retries=0)


@pytest.fixture
def scripted(respan_mock: MockGateway) -> MockGateway:
    respan_mock.on(
        name="call-weather",
        user="weather in Paris",
        tool_result=False,
        tools=["get_weather"],
        reply={"tool_calls": [{"name": "get_weather", "arguments": {"city": "Paris"}}]},
    )
    respan_mock.on(name="answer", tool_result={"function": "get_weather"}, reply=ANSWER)
    return respan_mock


def chat_agent(sdk: openai.OpenAI, *, stream: bool) -> tuple[str, list[ChatCompletionMessageParam]]:
    messages: list[ChatCompletionMessageParam] = [{"role": "user", "content": QUESTION}]
    for _ in range(5):
        completion: ChatCompletion
        if stream:
            with sdk.chat.completions.stream(model="gpt-4o-mini", messages=messages, tools=CHAT_TOOLS) as events:
                for _event in events:
                    pass
                completion = events.get_final_completion()
        else:
            completion = sdk.chat.completions.create(model="gpt-4o-mini", messages=messages, tools=CHAT_TOOLS)
        message = completion.choices[0].message
        if not message.tool_calls:
            return message.content or "", messages
        messages.append(message.model_dump(exclude_none=True))  # type: ignore[arg-type]
        for call in message.tool_calls:
            assert call.type == "function"
            result = weather(**json.loads(call.function.arguments))
            messages.append({"role": "tool", "tool_call_id": call.id, "content": result})
    raise AssertionError("the agent did not finish")


@pytest.mark.parametrize("stream", [False, True], ids=["json", "stream"])
def test_chat_agent_loop(sdk: openai.OpenAI, scripted: MockGateway, stream: bool) -> None:
    answer, _ = chat_agent(sdk, stream=stream)
    assert answer == ANSWER
    log = scripted.requests
    assert [entry["fixture"]["name"] for entry in log] == ["call-weather", "answer"]
    assert all(entry["stream"] is stream for entry in log)
    # What the application sent: the tool result reached the model, for the call the model made.
    tool_message = log[1]["input"][-1]
    assert tool_message["role"] == "tool"
    assert json.loads(tool_message["content"])["celsius"] == 18
    assert tool_message["tool_call_id"] == log[0]["output"][0]["tool_calls"][0]["id"]


def responses_agent(sdk: openai.OpenAI, *, stream: bool, chain: bool) -> str:
    """With `chain`, each turn continues the previous response (previous_response_id); without, it resends
    the whole conversation."""
    conversation: list[Any] = [{"role": "user", "content": QUESTION}]
    turn: list[Any] = conversation
    previous: str | None = None
    for _ in range(5):
        extra: dict[str, Any] = {"previous_response_id": previous} if previous else {}
        if stream:
            with sdk.responses.stream(model="gpt-4o-mini", input=turn, tools=RESPONSES_TOOLS, **extra) as events:
                for _event in events:
                    pass
                response = events.get_final_response()
        else:
            response = sdk.responses.create(model="gpt-4o-mini", input=turn, tools=RESPONSES_TOOLS, **extra)
        calls = [item for item in response.output if item.type == "function_call"]
        if not calls:
            return response.output_text
        results = [
            {"type": "function_call_output", "call_id": call.call_id, "output": weather(**json.loads(call.arguments))}
            for call in calls
        ]
        conversation += [item.model_dump(exclude_none=True) for item in response.output] + results
        turn, previous = (results, response.id) if chain else (conversation, None)
    raise AssertionError("the agent did not finish")


@pytest.mark.parametrize("chain", [False, True], ids=["resend", "previous_response_id"])
@pytest.mark.parametrize("stream", [False, True], ids=["json", "stream"])
def test_responses_agent_loop(sdk: openai.OpenAI, scripted: MockGateway, stream: bool, chain: bool) -> None:
    assert responses_agent(sdk, stream=stream, chain=chain) == ANSWER
    log = scripted.requests
    assert [entry["fixture"]["name"] for entry in log] == ["call-weather", "answer"]
    assert log[1]["input"][-1]["type"] == "function_call_output"


def test_a_sequence_scripts_an_agent_loop(sdk: openai.OpenAI, respan_mock: MockGateway) -> None:
    """The n-th matching request gets the n-th reply: two tool calls, then the answer."""
    respan_mock.on(
        name="loop",
        endpoint="chat",
        replies=[
            {"tool_calls": [{"name": "get_weather", "arguments": {"city": "Paris"}}]},
            {"tool_calls": [{"name": "get_weather", "arguments": {"city": "Lyon"}}]},
            "Paris 18, Lyon 18.",
        ],
    )
    answer, messages = chat_agent(sdk, stream=False)
    assert answer == "Paris 18, Lyon 18."
    cities = [json.loads(str(message["content"]))["city"] for message in messages if message["role"] == "tool"]
    assert cities == ["Paris", "Lyon"]
    assert [entry["fixture"]["reply"] for entry in respan_mock.requests] == [0, 1, 2]
    # Used up: the next request gets the synthetic answer again.
    after = sdk.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "Hi"}])
    assert after.choices[0].message.content and after.choices[0].message.content != "Paris 18, Lyon 18."
    assert respan_mock.requests[-1]["fixture"] is None


def test_reasoning_and_refusal_through_the_sdk(sdk: openai.OpenAI, respan_mock: MockGateway) -> None:
    respan_mock.on(user="secret", reply={"refusal": "I cannot share that."})
    respan_mock.on(reply={"reasoning": "The user greets me.", "text": "Hello!", "usage": {"reasoning_tokens": 7}})
    refused = sdk.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "Tell a secret"}])
    assert refused.choices[0].message.refusal == "I cannot share that."
    assert refused.choices[0].message.content is None
    with sdk.responses.stream(model="o3-mini", input="Tell me a secret") as events:
        kinds = [event.type for event in events]
        response = events.get_final_response()
    assert "response.refusal.delta" in kinds
    assert response.output[0].type == "message"
    assert response.output[0].content[0].type == "refusal"
    reasoned = sdk.responses.create(model="o3-mini", input="Hi")
    assert [item.type for item in reasoned.output] == ["reasoning", "message"]
    assert reasoned.output_text == "Hello!"
    assert reasoned.usage is not None and reasoned.usage.output_tokens_details.reasoning_tokens == 7


def test_an_error_reply_reaches_the_sdk(sdk: openai.OpenAI, respan_mock: MockGateway) -> None:
    respan_mock.on(
        times=1,
        reply={"error": {"status": 429, "message": "Slow down.", "code": "rate_limited", "retry_after": 0}},
    )
    with pytest.raises(openai.RateLimitError) as caught:
        sdk.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "Hi"}])
    assert caught.value.code == "rate_limited"
    assert caught.value.response.headers["retry-after"] == "0"
    # times: 1, so the SDK's retry (max_retries=2) gets through.
    retrying = openai.OpenAI(max_retries=2)
    respan_mock.on(times=1, reply={"error": {"status": 503, "retry_after": 0}})
    assert retrying.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "Hi"}])
    assert [entry["status"] for entry in respan_mock.requests] == [429, 503, 200]
