"""Tests of the generated-client agent, written with respan-mock's pytest plugin: the `respan_mock` fixture points
RESPAN_BASE_URL and RESPAN_API_KEY at a fresh mock gateway, and fixtures script what the model answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from respan_gateway_client import APIStatusError
from respan_mock.testing import MockGateway

from examples.tool_agent.agent_client import AgentError, answer

FIXTURES = Path(__file__).parent / "fixtures" / "weather.yaml"


def test_the_agent_calls_the_tool_and_answers(respan_mock: MockGateway) -> None:
    respan_mock.load(FIXTURES)
    assert answer("What is the weather in Paris?") == "It is 18 degrees and sunny in Paris."
    first, second = respan_mock.requests
    assert [first["fixture"]["name"], second["fixture"]["name"]] == ["call-get-weather", "answer-from-the-tool-result"]
    tool_message = second["input"][-1]
    assert tool_message["tool_call_id"] == first["output"][0]["tool_calls"][0]["id"]
    assert json.loads(tool_message["content"])["celsius"] == 18


def test_two_calls_in_sequence(respan_mock: MockGateway) -> None:
    respan_mock.on(
        endpoint="chat",
        replies=[
            {"tool_calls": [{"name": "get_weather", "arguments": {"city": "Lyon"}}]},
            {"tool_calls": [{"name": "get_weather", "arguments": {"city": "Oslo"}}]},
            "Lyon 21, Oslo 4.",
        ],
    )
    assert answer("Lyon and Oslo?") == "Lyon 21, Oslo 4."
    assert [entry["fixture"]["reply"] for entry in respan_mock.requests] == [0, 1, 2]


def test_the_agent_gives_up_on_a_model_that_never_answers(respan_mock: MockGateway) -> None:
    respan_mock.on(reply={"tool_calls": [{"name": "get_weather", "arguments": {"city": "Paris"}}]})
    with pytest.raises(AgentError):
        answer("Weather in Paris?")


def test_the_client_retries_a_rate_limit(respan_mock: MockGateway) -> None:
    respan_mock.on(times=1, reply={"error": {"status": 429, "retry_after": 0, "code": "rate_limited"}})
    respan_mock.load(FIXTURES)
    assert answer("Weather in Paris?").startswith("It is 18 degrees")
    assert [entry["status"] for entry in respan_mock.requests] == [429, 200, 200]


def test_an_error_reaches_the_application(respan_mock: MockGateway) -> None:
    respan_mock.on(
        reply={"error": {"status": 400, "message": "Bad tools.", "code": "invalid_value", "param": "/tools"}}
    )
    with pytest.raises(APIStatusError) as caught:
        answer("Weather in Paris?")
    assert caught.value.status_code == 400
    assert "Bad tools." in str(caught.value)
