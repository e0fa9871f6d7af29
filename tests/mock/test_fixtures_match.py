"""Fixture matching and replies over HTTP against the session's mock server: every criterion, first match wins,
`times`, sequences, the inspection API, every reply kind valid against the spec on both endpoints (streamed or
not), and the gateway semantics kept around fixtures (validation, Respan parameters, fallbacks, load balancing,
cache, prompts, budgets, faults)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from tests.mock.conformance import Conformance
from tests.mock.helpers import b64, chat_body, logged

CHAT = "/api/chat/completions"
RESPONSES = "/api/responses"
WEATHER_TOOL = {"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}}


def add(http: httpx.Client, *fixtures: dict[str, Any], first: bool = False) -> list[dict[str, Any]]:
    response = http.post("/_mock/fixtures", json={"fixtures": list(fixtures), "first": first})
    assert response.status_code == 201, response.text
    added: list[dict[str, Any]] = response.json()["added"]
    return added


def chat_text(http: httpx.Client, body: dict[str, Any], headers: dict[str, str] | None = None) -> str | None:
    response = http.post(CHAT, json=body, headers=headers or {})
    assert response.status_code == 200, response.text
    content: str | None = response.json()["choices"][0]["message"]["content"]
    return content


def answered_by(http: httpx.Client) -> str | None:
    fixture = logged(http)[-1]["fixture"]
    return None if fixture is None else str(fixture["name"])


def tool_conversation(function: str = "get_weather", call_id: str = "call_1") -> list[dict[str, Any]]:
    call = {"id": call_id, "type": "function", "function": {"name": function, "arguments": "{}"}}
    return [
        {"role": "system", "content": "You are a weather bot."},
        {"role": "user", "content": "Weather in Paris?"},
        {"role": "assistant", "content": None, "tool_calls": [call]},
        {"role": "tool", "tool_call_id": call_id, "content": "18"},
    ]


CRITERIA: list[tuple[str, dict[str, Any], dict[str, Any], dict[str, str], bool]] = [
    # (label, match, extra body, headers, matches?)
    ("endpoint", {"endpoint": "chat"}, {}, {}, True),
    ("endpoint other", {"endpoint": "responses"}, {}, {}, False),
    ("model equals", {"model": "gpt-4o-mini"}, {}, {}, True),
    ("model is exact", {"model": "gpt-4o"}, {}, {}, False),
    ("model regex", {"model": {"regex": "^gpt-4o"}}, {}, {}, True),
    ("user contains", {"user": "hello"}, {}, {}, True),
    ("user contains is case-sensitive", {"user": "Hello"}, {}, {}, False),
    ("user equals", {"user": {"equals": "Say hello."}}, {}, {}, True),
    ("user equals whole", {"user": {"equals": "Say hello"}}, {}, {}, False),
    ("user regex", {"user": {"regex": "(?i)^say"}}, {}, {}, True),
    ("system", {"system": "terse"}, {"messages": [{"role": "system", "content": "Be terse."}]}, {}, True),
    ("system other", {"system": "terse"}, {"messages": [{"role": "developer", "content": "Be brief."}]}, {}, False),
    ("system absent", {"system": "terse"}, {}, {}, False),
    ("stream false", {"stream": False}, {}, {}, True),
    ("no tool result", {"tool_result": False}, {}, {}, True),
    ("tool result wanted", {"tool_result": True}, {}, {}, False),
    ("tools offered", {"tools": ["get_weather"]}, {"tools": [WEATHER_TOOL]}, {}, True),
    ("tools not offered", {"tools": ["get_weather", "get_time"]}, {"tools": [WEATHER_TOOL]}, {}, False),
    ("customer", {"customer_identifier": "acme"}, {"customer_identifier": "acme"}, {}, True),
    ("customer other", {"customer_identifier": "acme"}, {"customer_identifier": "zeta"}, {}, False),
    ("thread", {"thread_identifier": {"regex": "^t-"}}, {"thread_identifier": "t-1"}, {}, True),
    ("metadata", {"metadata": {"plan": "pro"}}, {"metadata": {"plan": "pro", "x": 1}}, {}, True),
    ("metadata other", {"metadata": {"plan": "pro"}}, {"metadata": {"plan": "free"}}, {}, False),
    ("header", {"headers": {"X-Team": "alpha"}}, {}, {"x-team": "alpha"}, True),
    ("header missing", {"headers": {"X-Team": "alpha"}}, {}, {}, False),
    ("body pointer", {"body": {"/temperature": 0.5}}, {"temperature": 0.5}, {}, True),
    ("body pointer other", {"body": {"/temperature": 0.5}}, {"temperature": 0.7}, {}, False),
    ("body pointer deep", {"body": {"/messages/0/role": "user"}}, {}, {}, True),
]


@pytest.mark.parametrize(
    ("match", "extra", "headers", "matches"), [c[1:] for c in CRITERIA], ids=[c[0] for c in CRITERIA]
)
def test_criterion(
    client: httpx.Client, match: dict[str, Any], extra: dict[str, Any], headers: dict[str, str], matches: bool
) -> None:
    add(client, {"name": "scripted", "match": match, "reply": "Scripted."})
    body = chat_body(**extra)
    if "messages" in extra:
        body["messages"] = [*extra["messages"], *chat_body()["messages"]]
    text = chat_text(client, body, headers)
    assert (text == "Scripted.") is matches
    assert answered_by(client) == ("scripted" if matches else None)


def test_system_and_instructions(client: httpx.Client) -> None:
    add(client, {"name": "terse", "match": {"system": "terse"}, "reply": "Ok."})
    body = chat_body()
    body["messages"].insert(0, {"role": "developer", "content": "Be terse."})
    assert chat_text(client, body) == "Ok."
    response = client.post(RESPONSES, json={"model": "gpt-4o-mini", "input": "Hi", "instructions": "Stay terse."})
    assert response.json()["output"][0]["content"][0]["text"] == "Ok."


def test_tool_result_names_the_call_and_the_function(client: httpx.Client) -> None:
    add(
        client,
        {"name": "time", "match": {"tool_result": {"function": "get_time"}}, "reply": "Noon."},
        {"name": "call-7", "match": {"tool_result": {"call_id": "call_7"}}, "reply": "Seven."},
        {"name": "weather", "match": {"tool_result": {"function": "get_weather"}}, "reply": "Sunny."},
    )
    assert chat_text(client, chat_body(messages=tool_conversation())) == "Sunny."
    assert chat_text(client, chat_body(messages=tool_conversation("get_time"))) == "Noon."
    assert chat_text(client, chat_body(messages=tool_conversation(call_id="call_7"))) == "Seven."
    responses_input = [
        {"role": "user", "content": "Weather?"},
        {"type": "function_call", "call_id": "c1", "name": "get_weather", "arguments": "{}"},
        {"type": "function_call_output", "call_id": "c1", "output": "18"},
    ]
    response = client.post(RESPONSES, json={"model": "gpt-4o-mini", "input": responses_input})
    assert response.json()["output"][0]["content"][0]["text"] == "Sunny."


def test_first_match_wins_and_first_puts_a_fixture_before_the_others(client: httpx.Client) -> None:
    add(
        client, {"name": "general", "reply": "General."}, {"name": "specific", "match": {"user": "hello"}, "reply": "X"}
    )
    assert chat_text(client, chat_body()) == "General."
    add(client, {"name": "override", "match": {"user": "hello"}, "reply": "Override."}, first=True)
    assert chat_text(client, chat_body()) == "Override."
    names = [fixture["name"] for fixture in client.get("/_mock/fixtures").json()["fixtures"]]
    assert names == ["override", "general", "specific"]


def test_times_then_the_next_fixture(client: httpx.Client) -> None:
    add(client, {"name": "twice", "times": 2, "reply": "A"}, {"name": "then", "reply": "B"})
    assert [chat_text(client, chat_body()) for _ in range(4)] == ["A", "A", "B", "B"]
    listed = {fixture["name"]: fixture for fixture in client.get("/_mock/fixtures").json()["fixtures"]}
    assert (listed["twice"]["used"], listed["twice"]["remaining"]) == (2, 0)
    assert (listed["then"]["used"], listed["then"]["remaining"]) == (2, None)


def test_sequence(client: httpx.Client) -> None:
    add(client, {"name": "seq", "match": {"user": "hello"}, "replies": ["one", "two", "three"]})
    assert [chat_text(client, chat_body()) for _ in range(3)] == ["one", "two", "three"]
    assert [entry["fixture"]["reply"] for entry in logged(client)] == [0, 1, 2]
    assert answered_by(client) == "seq"
    chat_text(client, chat_body())
    assert answered_by(client) is None  # used up: the synthetic answer


def test_reset_forgets_runtime_fixtures_and_delete(client: httpx.Client) -> None:
    first, _ = add(client, {"name": "a", "reply": "A"}, {"name": "b", "reply": "B"})
    assert client.delete(f"/_mock/fixtures/{first['id']}").json() == {"deleted": first["id"]}
    assert chat_text(client, chat_body()) == "B"
    missing = client.delete(f"/_mock/fixtures/{first['id']}")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "fixture_not_found"
    assert client.delete("/_mock/fixtures").json() == {"cleared": 1}
    add(client, {"name": "c", "reply": "C"})
    client.post("/_mock/reset")
    assert client.get("/_mock/fixtures").json()["fixtures"] == []
    assert chat_text(client, chat_body()) != "C"


def test_api_rejects_an_invalid_fixture_and_adds_nothing(client: httpx.Client) -> None:
    response = client.post("/_mock/fixtures", json=[{"reply": "fine"}, {"reply": {"txt": "typo"}}])
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid_fixture"
    assert "fixture #2" in error["message"] and "/reply" in error["message"] and "txt" in error["message"]
    assert client.get("/_mock/fixtures").json()["fixtures"] == []
    assert client.post("/_mock/fixtures", content=b"{").json()["error"]["code"] == "invalid_json"


REPLIES: dict[str, dict[str, Any]] = {
    "text": {"text": "Hello there, friend."},
    "refusal": {"refusal": "I will not do that."},
    "tool calls": {
        "text": "Checking both.",
        "tool_calls": [
            {"name": "get_weather", "arguments": {"city": "Paris"}},
            {"name": "get_weather", "arguments": '{"city": "Lyon"}', "id": "call_fixed"},
        ],
    },
    "reasoning": {
        "reasoning": "Think first.",
        "text": "Answer.",
        "usage": {"prompt_tokens": 5, "completion_tokens": 9},
    },
    "cut": {"text": "Partial", "finish_reason": "length"},
    "filtered": {"text": "", "finish_reason": "content_filter"},
}


@pytest.mark.parametrize("stream", [False, True], ids=["json", "stream"])
@pytest.mark.parametrize("path", [CHAT, RESPONSES], ids=["chat", "responses"])
@pytest.mark.parametrize("kind", list(REPLIES))
def test_every_reply_conforms(
    client: httpx.Client, conformance: Conformance, kind: str, path: str, stream: bool
) -> None:
    add(client, {"name": kind, "reply": REPLIES[kind]})
    if path == CHAT:
        body: dict[str, Any] = chat_body(stream=stream, tools=[WEATHER_TOOL], request_breakdown=True)
        if stream:
            body["stream_options"] = {"include_usage": True}
    else:
        body = {"model": "gpt-4o-mini", "input": "Hi", "stream": stream, "request_breakdown": True}
    response = client.post(path, json=body, headers={"X-Respan-Beta": "token-breakdown-2026-03-26"})
    events = conformance.check(response, path)
    assert answered_by(client) == kind
    if not stream:
        return
    if path == CHAT:
        chunks = [event for event in events if "done" not in event]
        assert events[-1] == {"done": True}
        assert chunks[-1]["usage"] is not None
        calls = [call for chunk in chunks for c in chunk["choices"] for call in c["delta"].get("tool_calls", [])]
        if kind == "tool calls":
            assert [call["id"] for call in calls if "id" in call][1] == "call_fixed"
            arguments = "".join(call["function"].get("arguments", "") for call in calls if call["index"] == 1)
            assert json.loads(arguments) == {"city": "Lyon"}
    else:
        assert [event["sequence_number"] for event in events] == list(range(len(events)))
        final = events[-1]["response"]
        expected = "incomplete" if kind in ("cut", "filtered") else "completed"
        assert final["status"] == expected
        if kind == "filtered":
            assert final["incomplete_details"] == {"reason": "content_filter"}
        if kind == "reasoning":
            assert final["usage"]["input_tokens"] == 5 and final["usage"]["output_tokens"] == 9


def test_max_tokens_cuts_a_reply(client: httpx.Client) -> None:
    add(client, {"reply": "one two three four five six"})
    response = client.post(CHAT, json=chat_body(max_tokens=3)).json()
    assert response["choices"][0]["message"]["content"] == "one two three"
    assert response["choices"][0]["finish_reason"] == "length"
    cut = client.post(RESPONSES, json={"model": "gpt-4o-mini", "input": "x", "max_output_tokens": 16}).json()
    assert cut["status"] == "completed"


def test_error_reply_statuses_and_headers(client: httpx.Client, conformance: Conformance) -> None:
    add(
        client,
        {"match": {"user": "busy"}, "reply": {"error": {"status": 503, "retry_after": 7}}},
        {
            "match": {"user": "bad"},
            "reply": {"error": {"status": 400, "message": "No.", "code": "nope", "param": "/messages/0/content"}},
        },
        {"match": {"user": "typed"}, "reply": {"error": {"status": 424, "type": "api_error", "code": None}}},
    )
    busy = client.post(CHAT, json=chat_body("busy"))
    conformance.check(busy)
    assert busy.status_code == 503 and busy.headers["retry-after"] == "7"
    assert busy.json()["error"]["type"] == "service_unavailable"
    assert "fixture" in busy.json()["error"]["message"]
    bad = client.post(CHAT, json=chat_body("bad", stream=True))
    conformance.check(bad)
    assert bad.status_code == 400
    assert bad.json()["error"] == {
        "message": "No.",
        "type": "invalid_request_error",
        "param": "/messages/0/content",
        "code": "nope",
    }
    typed = client.post(RESPONSES, json={"model": "gpt-4o-mini", "input": "typed"})
    assert typed.status_code == 424 and typed.json()["error"]["type"] == "api_error"
    assert typed.json()["error"]["code"] is None
    entries = logged(client)
    assert [entry["status"] for entry in entries] == [503, 400, 424]
    assert all(entry["fixture"] is not None for entry in entries)


# --- the gateway around the fixtures ---------------------------------------------------------------------------


def test_requests_are_validated_before_fixtures(client: httpx.Client) -> None:
    add(client, {"reply": "Scripted."})
    response = client.post(CHAT, json=chat_body(temperature=3))
    assert response.status_code == 400 and response.json()["error"]["param"] == "/temperature"
    assert logged(client)[-1]["fixture"] is None


def test_serving_model_after_fallback_and_load_balancing(client: httpx.Client) -> None:
    add(
        client,
        {"name": "fallback", "match": {"serving_model": "gpt-4o-mini"}, "reply": "Fallback served."},
        {"name": "claude", "match": {"serving_model": {"regex": "^claude"}}, "reply": "Claude served."},
    )
    body = chat_body(model="broken-model", fallback_models=["gpt-4o-mini"])
    response = client.post(CHAT, json=body).json()
    assert response["model"] == "gpt-4o-mini"
    assert response["choices"][0]["message"]["content"] == "Fallback served."
    assert [attempt["status"] for attempt in logged(client)[-1]["attempts"]] == ["error", "success"]
    served = [
        client.post(CHAT, json=chat_body(load_balance_group={"group_id": "pool"})).json()["choices"][0]["message"]
        for _ in range(4)
    ]
    assert [message["content"] for message in served].count("Claude served.") == 1


def test_respan_params_from_headers_match(client: httpx.Client) -> None:
    add(client, {"match": {"customer_identifier": "acme", "metadata": {"tier": "gold"}}, "reply": "Gold."})
    header = {"X-Data-Respan-Params": b64({"customer_identifier": "acme", "metadata": {"tier": "gold"}})}
    assert chat_text(client, chat_body(), header) == "Gold."


def test_cache_serves_the_fixture_reply_again(client: httpx.Client) -> None:
    add(client, {"name": "seq", "replies": ["first", "second"]})
    body = chat_body(cache_enabled=True)
    first = client.post(CHAT, json=body)
    again = client.post(CHAT, json=body)
    assert first.headers["x-respan-cache"] == "miss" and again.headers["x-respan-cache"] == "hit"
    assert again.json()["choices"][0]["message"]["content"] == "first"
    assert [entry["fixture"]["reply"] for entry in logged(client)] == [0, 0]
    assert client.get("/_mock/fixtures").json()["fixtures"][0]["used"] == 1  # the cache answered the second


def test_prompts_are_rendered_before_matching(client: httpx.Client) -> None:
    add(client, {"match": {"user": "Welcome Ada"}, "reply": "Dear Ada, welcome."})
    prompt = {"prompt_id": "welcome-email", "variables": {"customer_name": "Ada", "product": "Respan"}}
    response = client.post(CHAT, json=chat_body("ignored", prompt=prompt)).json()
    assert response["choices"][0]["message"]["content"] == "Dear Ada, welcome."


def test_fixture_usage_counts_against_a_budget(client: httpx.Client) -> None:
    add(client, {"reply": {"text": "Pricey.", "usage": {"prompt_tokens": 1_000_000, "completion_tokens": 1_000_000}}})
    customer = {"customer_identifier": "spender", "total_budget": 1.0}
    body = chat_body(model="gpt-4o", customer_params=customer)
    assert client.post(CHAT, json=body).status_code == 200
    over = client.post(CHAT, json=body)
    assert over.status_code == 429 and over.json()["error"]["code"] == "customer_budget_exceeded"
    assert logged(client)[0]["cost"] == 12.5


def test_prefer_faults_apply_before_fixtures(client: httpx.Client) -> None:
    add(client, {"reply": "Scripted."})
    response = client.post(CHAT, json=chat_body(), headers={"Prefer": "code=500"})
    assert response.status_code == 500 and response.json()["error"]["code"] == "injected_fault"
    assert len(cut_stream(client, chat_body(stream=True), {"Prefer": "disconnect-after=2"})) == 2


def cut_stream(http: httpx.Client, body: dict[str, Any], headers: dict[str, str] | None = None) -> list[str]:
    """The `data:` lines of a chat stream the server cuts off."""
    received: list[str] = []
    with pytest.raises(httpx.RemoteProtocolError), http.stream("POST", CHAT, json=body, headers=headers) as response:
        assert response.status_code == 200
        received.extend(line for line in response.iter_lines() if line.startswith("data: "))
    return received


def test_responses_conversation_continues_from_a_fixture_reply(client: httpx.Client) -> None:
    add(
        client,
        {"name": "call", "match": {"tool_result": False}, "reply": {"tool_calls": [{"name": "lookup"}]}},
        {"name": "done", "match": {"tool_result": {"function": "lookup"}}, "reply": "Found."},
    )
    first = client.post(RESPONSES, json={"model": "gpt-4o-mini", "input": "Find it"}).json()
    call_id = first["output"][0]["call_id"]
    follow = {"type": "function_call_output", "call_id": call_id, "output": "ok"}
    body = {"model": "gpt-4o-mini", "input": [follow], "previous_response_id": first["id"]}
    second = client.post(RESPONSES, json=body).json()
    assert second["output"][0]["content"][0]["text"] == "Found."
    assert logged(client)[-1]["input"][0] == {"role": "user", "content": "Find it"}
