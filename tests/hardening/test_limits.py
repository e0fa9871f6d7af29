"""Request limits of the mock: documented defaults (README and the example config say what the code does), and
clear errors over them: 413 with the error envelope for headers and messages (the body limit is tested with the
validation tests), and a terminal error event for a stream that lasts too long, never a silent cut."""

from __future__ import annotations

import json
import re
import socket
import time
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from respan_gateway_client import StreamError, create_client
from respan_gateway_client.api.chat import create_chat_completion
from respan_gateway_client.api.responses import create_response
from respan_gateway_client.models import CreateChatCompletionRequest, CreateResponseRequest, UserMessage
from respan_mock import MockConfig, running
from respan_mock.config import Limits
from respan_spec import load_spec

from tests.mock.conformance import Conformance

ROOT = Path(__file__).resolve().parents[2]
KEY = "limits-key"
AUTH = {"Authorization": f"Bearer {KEY}"}
LIMITS = {"max_header_bytes": 2048, "max_messages": 4, "max_stream_seconds": 0.5}
# Streams of 200 events, one every 20 ms: four seconds, far over the half-second limit.
ANSWERS = {"stream_delay_ms": 20, "min_tokens": 200, "max_tokens": 200}
REQUEST_LIMITS = ("max_body_bytes", "max_header_bytes", "max_messages", "max_stream_seconds")


@pytest.fixture(scope="module")
def limited() -> Iterator[str]:
    with running(MockConfig.from_dict({"api_keys": [KEY], "limits": LIMITS, "answers": ANSWERS})) as url:
        yield url


@pytest.fixture(scope="module")
def conformance() -> Conformance:
    return Conformance(load_spec())


def chat(count: int = 1, **fields: Any) -> dict[str, Any]:
    return {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hi"}] * count, **fields}


def test_the_example_config_and_the_readme_state_the_defaults() -> None:
    example = MockConfig.from_file(ROOT / "mock" / "respan_mock" / "config.example.yaml")
    assert example.limits == Limits()
    readme = (ROOT / "README.md").read_text()
    for name in REQUEST_LIMITS:
        default = getattr(Limits(), name)
        shown = f"{default:g}" if isinstance(default, float) else str(default)
        assert re.search(rf"\| `{name}` \| {shown}\b", readme), f"README does not document {name} = {default}"
    assert {field.name for field in fields(Limits)} >= set(REQUEST_LIMITS)


def test_headers_over_the_limit_are_413_naming_the_largest(limited: str, conformance: Conformance) -> None:
    padding = {"X-Trace": "t" * 2100, "X-Small": "s"}
    response = httpx.post(f"{limited}/api/chat/completions", json=chat(), headers={**AUTH, **padding})
    assert response.status_code == 413
    error = response.json()["error"]
    assert error["code"] == "headers_too_large"
    assert error["param"] == "/headers/x-trace"
    assert "the limit is 2048" in error["message"]
    conformance.check(response)
    under = httpx.post(f"{limited}/api/chat/completions", json=chat(), headers={**AUTH, "X-Trace": "t" * 1500})
    assert under.status_code == 200


def test_the_header_limit_comes_before_authentication(limited: str) -> None:
    response = httpx.post(f"{limited}/api/chat/completions", json=chat(), headers={"X-Trace": "t" * 4000})
    assert response.status_code == 413


def test_too_many_chat_messages_is_413(limited: str, conformance: Conformance) -> None:
    assert httpx.post(f"{limited}/api/chat/completions", json=chat(4), headers=AUTH).status_code == 200
    response = httpx.post(f"{limited}/api/chat/completions", json=chat(5), headers=AUTH)
    assert response.status_code == 413
    error = response.json()["error"]
    assert (error["code"], error["param"]) == ("too_many_messages", "/messages")
    assert error["message"] == "The conversation has 5 messages; the limit is 4."
    conformance.check(response)


def test_a_responses_conversation_counts_the_previous_responses(limited: str) -> None:
    items = [{"role": "user", "content": "Hi"}]
    first = httpx.post(f"{limited}/api/responses", json={"model": "m", "input": items * 2}, headers=AUTH)
    assert first.status_code == 200  # two input items and one output item are stored
    follow_up = {"model": "m", "input": items * 2, "previous_response_id": first.json()["id"]}
    response = httpx.post(f"{limited}/api/responses", json=follow_up, headers=AUTH)
    assert response.status_code == 413
    error = response.json()["error"]
    assert (error["code"], error["param"]) == ("too_many_messages", "/input")
    assert "has 5 input items (with those of previous_response_id); the limit is 4" in error["message"]


def test_a_chat_stream_over_its_duration_ends_with_the_error_envelope(limited: str, conformance: Conformance) -> None:
    response = httpx.post(f"{limited}/api/chat/completions", json=chat(stream=True), headers=AUTH, timeout=30)
    assert response.status_code == 200  # read to the end: the body ended properly, no dropped connection
    events = conformance.check(response)
    chunks, last = events[:-1], events[-1]
    assert 1 < len(chunks) < 200
    assert all(event.get("object") == "chat.completion.chunk" for event in chunks)
    assert last["error"]["code"] == "stream_duration_exceeded"
    assert last["error"]["type"] == "timeout_error"
    assert "limit of 0.5 s" in last["error"]["message"]
    assert "[DONE]" not in response.text


def test_a_responses_stream_over_its_duration_ends_with_an_error_event(limited: str, conformance: Conformance) -> None:
    body = {"model": "m", "input": "Hi", "stream": True}
    response = httpx.post(f"{limited}/api/responses", json=body, headers=AUTH, timeout=30)
    events = conformance.check(response, "/api/responses")
    assert [event["sequence_number"] for event in events] == list(range(len(events)))
    assert events[0]["type"] == "response.created"
    assert events[-1]["type"] == "error"
    assert events[-1]["code"] == "stream_duration_exceeded"
    assert not any(event["type"] == "response.completed" for event in events)


def test_clients_raise_on_the_terminal_event(limited: str) -> None:
    sdk = openai.OpenAI(base_url=f"{limited}/api", api_key=KEY, max_retries=0)
    stream = sdk.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "Hi"}], stream=True)
    with pytest.raises(openai.APIError, match=r"limit of 0\.5 s"):
        list(stream)
    client = create_client(api_key=KEY, base_url=limited, max_retries=0)
    body = CreateChatCompletionRequest(model="gpt-4o-mini", messages=[UserMessage(role="user", content="Hi")])
    with pytest.raises(StreamError) as chat_error:
        list(create_chat_completion.stream_sync(client=client, body=body))
    assert chat_error.value.code == "stream_duration_exceeded"
    with pytest.raises(StreamError) as responses_error:
        list(create_response.stream_sync(client=client, body=CreateResponseRequest(model="m", input_="Hi")))
    assert responses_error.value.code == "stream_duration_exceeded"


def test_a_client_that_stops_reading_does_not_hold_its_stream() -> None:
    """A reader that never reads: the server cannot write the whole stream (the socket buffers fill). Once the
    duration limit and the grace for the terminal event are over, the request is finished (its task ends);
    the connection, with the bytes the client never read, goes when the client closes it."""
    config = {
        "api_keys": [KEY],
        "limits": {"max_stream_seconds": 0.5},
        "answers": {"min_tokens": 100_000, "max_tokens": 100_000},
    }
    with running(MockConfig.from_dict(config)) as url:
        idle = _health_until(url, lambda report: True)
        body = json.dumps(chat(stream=True, max_tokens=100_000)).encode()
        port = int(url.rsplit(":", 1)[1])
        with socket.socket() as reader:
            reader.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            reader.connect(("127.0.0.1", port))
            reader.sendall(
                b"POST /api/chat/completions HTTP/1.1\r\nHost: mock\r\nContent-Type: application/json\r\n"
                + f"Authorization: Bearer {KEY}\r\nContent-Length: {len(body)}\r\n\r\n".encode()
                + body
            )
            busy = _health_until(url, lambda report: report["requests_in_flight"] == 1)
            assert busy["tasks"] > idle["tasks"]
            # The request ends and its tasks with it (the deadline watcher too, after its last tick).
            _health_until(url, lambda report: (report["requests_in_flight"], report["tasks"]) == (0, idle["tasks"]))
        assert _health_until(url, lambda report: report["connections"] == 1)["tasks"] == idle["tasks"]


def test_health_reports_a_stream_in_flight_then_idle(limited: str) -> None:
    with (
        httpx.Client(base_url=limited, headers=AUTH) as http,
        http.stream("POST", "/api/chat/completions", json=chat(stream=True)) as response,
    ):
        lines = response.iter_lines()  # held: a dropped iterator would close the response
        next(lines)
        busy = httpx.get(f"{limited}/_mock/health").json()
        assert (busy["requests_in_flight"], busy["connections"]) == (1, 2)
        assert busy["tasks"] >= 2
    idle = _health_until(limited, lambda report: report["requests_in_flight"] == 0 and report["tasks"] == 2)
    assert idle["connections"] == 1  # the health request's own; 2 tasks: the server's and the health request's
    assert busy["tasks"] > idle["tasks"]


def _health_until(url: str, done: Any, attempts: int = 300) -> dict[str, Any]:
    """Poll GET /_mock/health until `done(report)`: the server's state changes asynchronously."""
    for _ in range(attempts):
        report: dict[str, Any] = httpx.get(f"{url}/_mock/health").json()
        if done(report):
            return report
        time.sleep(0.05)
    raise AssertionError(f"the mock's health report never got there: {report}")
