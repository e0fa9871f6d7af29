"""Every kind of response the mock sends conforms to the spec: status, headers, JSON body, each SSE event."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.mock.conformance import Conformance
from tests.mock.helpers import chat_body

TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}, "unit": {"enum": ["celsius", "fahrenheit"]}},
                "required": ["city"],
            },
        },
    }
]

CHAT_CASES: list[dict[str, Any]] = [
    chat_body(),
    chat_body(n=2, logprobs=True, top_logprobs=3, max_tokens=5, request_breakdown=True),
    chat_body(tools=TOOLS, tool_choice="required"),
    chat_body(response_format={"type": "json_object"}, echo=True),
    chat_body(prompt={"prompt_id": "welcome-email", "variables": {"customer_name": "Ada", "product": "Respan"}}),
    chat_body(cache_enabled=True, fallback_models=["gpt-4o"], model="broken-model"),
]

RESPONSE_CASES: list[dict[str, Any]] = [
    {"model": "gpt-4o-mini", "input": "Hello", "instructions": "Be brief.", "request_breakdown": True},
    {"model": "gpt-4o-mini", "input": "Hello", "max_output_tokens": 3},
    {
        "model": "o3-mini",
        "input": [{"role": "user", "content": [{"type": "input_text", "text": "Weather?"}]}],
        "tools": [{"type": "function", "name": "get_weather", "parameters": {"type": "object"}}],
        "reasoning": {"effort": "low", "summary": "auto"},
    },
    {
        "model": "gpt-4o-mini",
        "input": "Hello",
        "top_logprobs": 2,
        "include": ["message.output_text.logprobs"],
        "text": {"format": {"type": "json_schema", "name": "greeting", "schema": {"type": "object"}}},
    },
]


@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize("body", CHAT_CASES)
def test_chat_responses_conform(
    client: httpx.Client, conformance: Conformance, body: dict[str, Any], stream: bool
) -> None:
    response = client.post("/api/chat/completions", json={**body, "stream": stream})
    assert response.status_code == 200, response.text
    events = conformance.check(response)
    if stream:
        assert events[-1] == {"done": True}
        assert len(events) > 2


@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize("body", RESPONSE_CASES)
def test_responses_conform(client: httpx.Client, conformance: Conformance, body: dict[str, Any], stream: bool) -> None:
    response = client.post("/api/responses", json={**body, "stream": stream})
    assert response.status_code == 200, response.text
    events = conformance.check(response, "/api/responses")
    if stream:
        assert [event["sequence_number"] for event in events] == list(range(len(events)))
        assert events[0]["type"] == "response.created"
        assert events[-1]["type"] in ("response.completed", "response.incomplete")


@pytest.mark.parametrize(
    ("headers", "body", "status"),
    [
        ({"Authorization": "Bearer wrong"}, chat_body(), 401),
        ({}, {"model": "gpt-4o-mini"}, 400),
        ({"Prefer": "code=503"}, chat_body(), 503),
        ({"Prefer": "code=429"}, chat_body(), 429),
        ({"Prefer": "code=424"}, chat_body(), 424),
        ({}, chat_body(prompt={"prompt_id": "nope"}), 404),
    ],
)
def test_errors_conform(
    client: httpx.Client, conformance: Conformance, headers: dict[str, str], body: dict[str, Any], status: int
) -> None:
    response = client.post("/api/chat/completions", json=body, headers=headers)
    assert response.status_code == status
    conformance.check(response)
    if status in (429, 503):
        assert response.headers["Retry-After"].isdigit()
