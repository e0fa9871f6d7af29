"""Tests of the openai-SDK agent, written with respan-mock's pytest plugin: the `respan_mock` fixture points
OPENAI_BASE_URL and OPENAI_API_KEY at a fresh mock gateway, and fixtures script what the model answers."""

from __future__ import annotations

import json
from pathlib import Path

import openai
import pytest
from respan_mock.testing import MockGateway

from examples.tool_agent.agent_openai import AgentError, answer

FIXTURES = Path(__file__).parent / "fixtures" / "weather.yaml"


def test_the_agent_calls_the_tool_and_answers(respan_mock: MockGateway) -> None:
    respan_mock.load(FIXTURES)
    assert answer("What is the weather in Paris?") == "It is 18 degrees and sunny in Paris."
    first, second = respan_mock.requests
    assert first["fixture"]["name"] == "call-get-weather"
    assert second["fixture"]["name"] == "answer-from-the-tool-result"
    # The application ran the tool with the model's arguments and sent its result back for that call.
    call = first["output"][0]["tool_calls"][0]
    tool_message = second["input"][-1]
    assert tool_message["tool_call_id"] == call["id"]
    assert json.loads(tool_message["content"]) == {"city": "Paris", "celsius": 18, "sky": "sunny"}


def test_two_calls_in_sequence(respan_mock: MockGateway) -> None:
    respan_mock.on(
        tool_result=False,
        reply={
            "tool_calls": [
                {"name": "get_weather", "arguments": {"city": "Paris"}},
                {"name": "get_weather", "arguments": {"city": "Oslo"}},
            ]
        },
    )
    respan_mock.on(tool_result=True, reply="Paris is warmer than Oslo.")
    assert answer("Is Paris warmer than Oslo?") == "Paris is warmer than Oslo."
    results = [json.loads(m["content"]) for m in respan_mock.requests[1]["input"] if m["role"] == "tool"]
    assert [result["celsius"] for result in results] == [18, 4]


def test_an_unknown_tool_is_reported_to_the_model(respan_mock: MockGateway) -> None:
    respan_mock.on(tool_result=False, reply={"tool_calls": [{"name": "get_time", "arguments": {}}]})
    respan_mock.on(tool_result={"function": "get_time"}, reply="I cannot tell the time.")
    assert answer("What time is it?") == "I cannot tell the time."
    assert "unknown tool" in respan_mock.requests[1]["input"][-1]["content"]


def test_the_agent_gives_up_on_a_model_that_never_answers(respan_mock: MockGateway) -> None:
    respan_mock.on(reply={"tool_calls": [{"name": "get_weather", "arguments": {"city": "Paris"}}]})
    with pytest.raises(AgentError):
        answer("Weather in Paris?")
    assert len(respan_mock.requests) == 5


def test_a_refusal(respan_mock: MockGateway) -> None:
    respan_mock.on(reply={"refusal": "I can only talk about the weather."})
    assert answer("Write my essay.") == "I can only talk about the weather."


def test_the_sdk_retries_an_overloaded_gateway(respan_mock: MockGateway) -> None:
    respan_mock.on(times=1, reply={"error": {"status": 503, "retry_after": 0}})
    respan_mock.load(FIXTURES)
    assert answer("Weather in Paris, please").startswith("It is 18 degrees")
    assert [entry["status"] for entry in respan_mock.requests] == [503, 200, 200]


def test_an_error_reaches_the_application(respan_mock: MockGateway) -> None:
    respan_mock.on(reply={"error": {"status": 401, "message": "Invalid key."}})
    with pytest.raises(openai.AuthenticationError, match="Invalid key"):
        answer("Weather in Paris?")
