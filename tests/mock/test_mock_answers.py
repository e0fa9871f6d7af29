"""Deterministic synthetic answers: same request, same answer; the sampling and output parameters shape it."""

from __future__ import annotations

import json
from typing import Any

import httpx
import jsonschema
import pytest
from respan_mock._tokens import tokenize

from tests.mock.helpers import chat_body

WEATHER = {
    "type": "object",
    "properties": {
        "city": {"type": "string", "minLength": 2},
        "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
        "days": {"type": "integer", "minimum": 1, "maximum": 7},
    },
    "required": ["city", "unit"],
    "additionalProperties": False,
}
TOOLS = [{"type": "function", "function": {"name": "get_weather", "parameters": WEATHER}}]
PERSON = {
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "birth_year": {"type": "integer", "minimum": 1800, "maximum": 2000},
        "tags": {"type": "array", "items": {"type": "string"}, "minItems": 2},
        "address": {"$ref": "#/$defs/address"},
    },
    "required": ["name", "birth_year", "tags", "address"],
    "additionalProperties": False,
    "$defs": {"address": {"type": "object", "properties": {"zip": {"type": "string", "pattern": "^[a-z ]+$"}}}},
}


def chat(client: httpx.Client, **fields: Any) -> dict[str, Any]:
    response = client.post("/api/chat/completions", json={**chat_body(), **fields})
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def content(completion: dict[str, Any], index: int = 0) -> str:
    text: str = completion["choices"][index]["message"]["content"]
    return text


def test_same_request_same_answer_with_unique_ids(client: httpx.Client) -> None:
    first, second = chat(client), chat(client)
    assert content(first) == content(second)
    assert first["id"] != second["id"]


@pytest.mark.parametrize(
    "change",
    [{"seed": 7}, {"temperature": 0.5}, {"model": "gpt-4o"}, {"messages": [{"role": "user", "content": "Other."}]}],
)
def test_the_answer_depends_on_the_request(client: httpx.Client, change: dict[str, Any]) -> None:
    assert content(chat(client)) != content(chat(client, **change))


def test_usage_counts_agree_with_the_content(client: httpx.Client) -> None:
    completion = chat(
        client, messages=[{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi there"}]
    )
    usage = completion["usage"]
    assert usage["completion_tokens"] == len(tokenize(content(completion)))
    # 3 per message + 3 per reply, plus the content's tokens ("Be brief." = 3, "Hi there" = 2).
    assert usage["prompt_tokens"] == 3 + 3 + 3 + 3 + 2
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]


def test_max_tokens_cuts_the_answer_with_finish_reason_length(client: httpx.Client) -> None:
    full = content(chat(client))
    cut = chat(client, max_tokens=4)
    assert cut["choices"][0]["finish_reason"] == "length"
    assert cut["usage"]["completion_tokens"] == 4
    assert content(cut) == "".join(tokenize(full)[:4])
    assert chat(client, max_completion_tokens=2)["usage"]["completion_tokens"] == 2


def test_stop_sequence_ends_the_answer_before_it(client: httpx.Client) -> None:
    full = content(chat(client))
    stop = tokenize(full)[5]
    stopped = chat(client, stop=[stop, "never-there"])
    assert stopped["choices"][0]["finish_reason"] == "stop"
    assert content(stopped) == full[: full.index(stop)]
    assert chat(client, stop=stop)["choices"][0]["message"]["content"] == content(stopped)


def test_n_returns_distinct_indexed_choices(client: httpx.Client) -> None:
    completion = chat(client, n=3)
    assert [choice["index"] for choice in completion["choices"]] == [0, 1, 2]
    assert len({content(completion, index) for index in range(3)}) == 3
    total = sum(len(tokenize(content(completion, index))) for index in range(3))
    assert completion["usage"]["completion_tokens"] == total


def test_a_stream_of_n_choices_carries_each_choice_whole(client: httpx.Client) -> None:
    whole = chat(client, n=2, max_tokens=30)
    stream = client.post("/api/chat/completions", json={**chat_body(), "n": 2, "max_tokens": 30, "stream": True})
    texts = {0: "", 1: ""}
    finish = {}
    for line in stream.text.splitlines():
        if line.startswith("data: {"):
            for choice in json.loads(line[6:])["choices"]:
                texts[choice["index"]] += choice["delta"].get("content") or ""
                if choice["finish_reason"]:
                    finish[choice["index"]] = choice["finish_reason"]
    assert texts == {index: content(whole, index) for index in (0, 1)}
    assert finish == {index: whole["choices"][index]["finish_reason"] for index in (0, 1)}


@pytest.mark.parametrize("top", [3, 20])
def test_logprobs_cover_every_token(client: httpx.Client, top: int) -> None:
    completion = chat(client, logprobs=True, top_logprobs=top)
    logprobs = completion["choices"][0]["logprobs"]["content"]
    assert "".join(item["token"] for item in logprobs) == content(completion)
    for item in logprobs:
        assert item["logprob"] <= 0
        assert len(item["top_logprobs"]) == top
        assert len({alternative["token"] for alternative in item["top_logprobs"]}) == top
        assert item["top_logprobs"][0]["token"] == item["token"]
        assert bytes(item["bytes"]).decode() == item["token"]
    assert chat(client)["choices"][0]["logprobs"] is None


@pytest.mark.parametrize(
    "tool_choice", [None, "auto", "required", {"type": "function", "function": {"name": "get_weather"}}]
)
def test_tool_call_arguments_follow_the_function_schema(client: httpx.Client, tool_choice: Any) -> None:
    fields: dict[str, Any] = {"tools": TOOLS}
    if tool_choice is not None:
        fields["tool_choice"] = tool_choice
    completion = chat(client, **fields)
    choice = completion["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    assert choice["message"]["content"] is None
    call = choice["message"]["tool_calls"][0]
    assert call["function"]["name"] == "get_weather"
    jsonschema.validate(json.loads(call["function"]["arguments"]), WEATHER)
    assert completion["usage"]["completion_tokens"] == len(tokenize(call["function"]["arguments"]))


def test_tool_choice_none_and_tool_results_give_text(client: httpx.Client) -> None:
    assert chat(client, tools=TOOLS, tool_choice="none")["choices"][0]["finish_reason"] == "stop"
    call = chat(client, tools=TOOLS)["choices"][0]["message"]["tool_calls"][0]
    messages = [
        {"role": "user", "content": "Weather in Paris?"},
        {"role": "assistant", "content": None, "tool_calls": [call]},
        {"role": "tool", "tool_call_id": call["id"], "content": '{"temperature": 18}'},
    ]
    answer = chat(client, tools=TOOLS, messages=messages)["choices"][0]
    assert answer["finish_reason"] == "stop"
    assert answer["message"]["content"]


def test_tool_call_ids_are_unique_per_response(client: httpx.Client) -> None:
    first, second = (chat(client, tools=TOOLS)["choices"][0]["message"]["tool_calls"][0] for _ in range(2))
    assert first["function"] == second["function"]
    assert first["id"] != second["id"]


def test_response_format_json_object_and_json_schema(client: httpx.Client) -> None:
    as_object = json.loads(content(chat(client, response_format={"type": "json_object"})))
    assert isinstance(as_object, dict) and as_object
    structured = chat(
        client, response_format={"type": "json_schema", "json_schema": {"name": "person", "schema": PERSON}}
    )
    jsonschema.validate(json.loads(content(structured)), PERSON)


def respond(client: httpx.Client, **fields: Any) -> dict[str, Any]:
    response = client.post("/api/responses", json={"model": "gpt-4o-mini", "input": "Hello", **fields})
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def output_text(response: dict[str, Any]) -> str:
    return "".join(part["text"] for item in response["output"] if item["type"] == "message" for part in item["content"])


def test_responses_are_deterministic_and_honour_max_output_tokens(client: httpx.Client) -> None:
    first, second = respond(client), respond(client)
    assert output_text(first) == output_text(second) and first["id"] != second["id"]
    cut = respond(client, max_output_tokens=3)
    assert cut["status"] == "incomplete"
    assert cut["incomplete_details"] == {"reason": "max_output_tokens"}
    assert output_text(cut) == "".join(tokenize(output_text(first))[:3])
    assert cut["usage"]["output_tokens"] == 3


def test_responses_function_call_and_structured_output(client: httpx.Client) -> None:
    tools = [{"type": "function", "name": "get_weather", "parameters": WEATHER}]
    called = respond(client, tools=tools, tool_choice="required")
    item = called["output"][0]
    assert item["type"] == "function_call" and item["name"] == "get_weather"
    jsonschema.validate(json.loads(item["arguments"]), WEATHER)
    answered = respond(
        client,
        tools=tools,
        input=[
            {"role": "user", "content": "Weather?"},
            {
                "type": "function_call",
                "call_id": item["call_id"],
                "name": "get_weather",
                "arguments": item["arguments"],
            },
            {"type": "function_call_output", "call_id": item["call_id"], "output": "18C"},
        ],
    )
    assert answered["output"][0]["type"] == "message"
    schema_format = {"type": "json_schema", "name": "person", "schema": PERSON}
    jsonschema.validate(json.loads(output_text(respond(client, text={"format": schema_format}))), PERSON)


def test_responses_reasoning_and_logprobs(client: httpx.Client) -> None:
    reasoned = respond(client, reasoning={"effort": "low", "summary": "auto"})
    assert [item["type"] for item in reasoned["output"]] == ["reasoning", "message"]
    assert reasoned["usage"]["output_tokens_details"]["reasoning_tokens"] > 0
    with_logprobs = respond(client, top_logprobs=2, include=["message.output_text.logprobs"])
    part = with_logprobs["output"][0]["content"][0]
    assert "".join(item["token"] for item in part["logprobs"]) == part["text"]


@pytest.mark.parametrize("limit", [3, 12, 30])
def test_responses_reasoning_counts_against_max_output_tokens(client: httpx.Client, limit: int) -> None:
    # The reasoning summary is output: within max_output_tokens, and counted alike by usage and the breakdown
    # (the breakdown left it out; a limit below the summary's length let usage exceed the limit).
    reasoned = respond(
        client, reasoning={"summary": "auto"}, max_output_tokens=limit, request_breakdown=True, input="Tell a story."
    )
    usage = reasoned["usage"]
    assert 0 < usage["output_tokens_details"]["reasoning_tokens"] <= usage["output_tokens"] <= limit
    assert reasoned["request_breakdown"]["completion_tokens"] == usage["output_tokens"]
    assert reasoned["status"] == "incomplete"


def test_previous_response_id_continues_the_conversation(client: httpx.Client) -> None:
    first = respond(client)
    second = respond(client, previous_response_id=first["id"], input="And then?")
    assert second["previous_response_id"] == first["id"]
    # The second turn sees the first turn's input and output: more input tokens than the turn alone.
    alone = respond(client, input="And then?")
    assert second["usage"]["input_tokens"] > alone["usage"]["input_tokens"] + first["usage"]["output_tokens"]
    third = respond(client, previous_response_id=second["id"], input="Last one.")
    assert third["usage"]["input_tokens"] > second["usage"]["input_tokens"]


def test_unknown_or_unstored_previous_response_is_404(client: httpx.Client) -> None:
    unknown = client.post("/api/responses", json={"model": "m", "input": "x", "previous_response_id": "resp_nope"})
    assert unknown.status_code == 404
    assert unknown.json()["error"]["param"] == "/previous_response_id"
    long_id = "resp_" + "x" * 100_000
    long_unknown = client.post("/api/responses", json={"model": "m", "input": "x", "previous_response_id": long_id})
    assert long_unknown.status_code == 404
    assert len(long_unknown.json()["error"]["message"]) < 200  # the id is quoted, cut short
    unstored = respond(client, store=False)
    follow_up = client.post("/api/responses", json={"model": "m", "input": "x", "previous_response_id": unstored["id"]})
    assert follow_up.status_code == 404
