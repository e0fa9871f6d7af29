"""A fixture's reply may script the Responses API's hosted-tool items (web search, code interpreter, MCP, ...):
they come before the message, streamed with their own events in the documented order, each checked against the
spec's output item of its type when the fixture is loaded; chat answers show the rest of the reply."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from respan_contract._sse import parse_events
from respan_contract._streams import SchemaValidators, event_schema_problems, responses_order_problems
from respan_spec import load_spec

from tests.mock.conformance import Conformance

SEARCH = {"type": "web_search_call", "status": "completed", "action": {"type": "search", "query": "weather in Paris"}}
CODE = {
    "type": "code_interpreter_call",
    "status": "completed",
    "container_id": "cntr_1",
    "code": "print(6 * 3)",
    "outputs": [{"type": "logs", "logs": "18\n"}],
}
LISTED = {"type": "mcp_list_tools", "server_label": "docs", "tools": [{"name": "lookup", "input_schema": {}}]}
FIXTURE = {"name": "hosted", "match": {"user": "weather"}, "reply": {"items": [SEARCH, CODE, LISTED], "text": "18 C."}}
BODY = {"model": "gpt-4o", "input": "What is the weather?"}


def add(http: httpx.Client, *fixtures: dict[str, Any]) -> httpx.Response:
    return http.post("/_mock/fixtures", json={"fixtures": list(fixtures)})


def test_scripted_hosted_items_come_before_the_message(client: httpx.Client, conformance: Conformance) -> None:
    assert add(client, FIXTURE).status_code == 201
    first = client.post("/api/responses", json=BODY)
    conformance.check(first, "/api/responses")
    output = first.json()["output"]
    assert [item["type"] for item in output] == [
        "web_search_call",
        "code_interpreter_call",
        "mcp_list_tools",
        "message",
    ]
    assert {key: value for key, value in output[1].items() if key != "id"} == CODE
    second = client.post("/api/responses", json=BODY).json()["output"]
    assert second[0]["id"] != output[0]["id"]  # no id given: a fresh one per response


def test_scripted_hosted_items_stream_with_their_events(client: httpx.Client, conformance: Conformance) -> None:
    assert add(client, FIXTURE).status_code == 201
    response = client.post("/api/responses", json={**BODY, "stream": True})
    conformance.check(response, "/api/responses")
    events = parse_events(response.content)
    assert event_schema_problems("responses", events, SchemaValidators(load_spec())) == []
    assert responses_order_problems(events) == []
    kinds = [json.loads(event.data)["type"] for event in events]
    assert "response.web_search_call.searching" in kinds
    assert "response.code_interpreter_call_code.done" in kinds
    assert "response.mcp_list_tools.completed" in kinds


def test_chat_answers_the_rest_of_the_reply(client: httpx.Client, conformance: Conformance) -> None:
    assert add(client, FIXTURE).status_code == 201
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": "What is the weather?"}]}
    response = client.post("/api/chat/completions", json=body)
    conformance.check(response)
    assert response.json()["choices"][0]["message"]["content"] == "18 C."


@pytest.mark.parametrize(
    ("item", "problem"),
    [
        ({**SEARCH, "status": "thinking"}, "/reply/items/0/status:"),
        ({"type": "teleport_call"}, "/reply/items/0/type: 'teleport_call' is not a hosted-tool output item"),
        ({"type": ["web_search_call"]}, '/reply/items/0/type: ["web_search_call"] is not of type "string"'),
        ({"type": "message", "role": "assistant", "content": []}, "/reply/items/0/type: 'message' is not"),
        ({k: v for k, v in CODE.items() if k != "container_id"}, '/reply/items/1: "container_id" is a required'),
    ],
)
def test_a_hosted_item_outside_the_spec_is_refused_naming_the_field(
    client: httpx.Client, item: dict[str, Any], problem: str
) -> None:
    items = [SEARCH, item] if item.get("type") == "code_interpreter_call" else [item]
    refused = add(client, {"name": "bad", "reply": {"items": items}})
    assert refused.status_code == 400, refused.text
    assert problem in refused.json()["error"]["message"]
