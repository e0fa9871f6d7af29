"""A fixture reply's timing: latency before the answer, time to first token, tokens per second, a disconnect after
N events, and the speed factor. Only lower bounds are asserted (a delay the mock must have waited), except for the
speed factor, whose point is to wait much less than the unscaled delay."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest
from respan_mock import FixtureSettings, MockConfig
from respan_mock.testing import MockGateway, serve

CHAT = "/api/chat/completions"
TEN_TOKENS = "one two three four five six seven eight nine ten"


def body(stream: bool, path: str = CHAT) -> dict[str, Any]:
    if path == CHAT:
        return {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hi"}], "stream": stream}
    return {"model": "gpt-4o-mini", "input": "Hi", "stream": stream}


def timed_deltas(mock: MockGateway, path: str = CHAT) -> tuple[float, list[float]]:
    """Seconds until the response started, and until each content delta arrived."""
    started = time.perf_counter()
    headers = {"Authorization": f"Bearer {mock.api_key}"}
    arrivals = []
    with httpx.stream("POST", mock.base_url + path, json=body(True, path), headers=headers, timeout=30) as response:
        head = time.perf_counter() - started
        for line in response.iter_lines():
            if line.startswith("data: {") and is_text_delta(json.loads(line[6:])):
                arrivals.append(time.perf_counter() - started)
    return head, arrivals


def is_text_delta(data: dict[str, Any]) -> bool:
    if data.get("type") == "response.output_text.delta":
        return True
    return any(choice["delta"].get("content") for choice in data.get("choices", ()))


@pytest.fixture(scope="module")
def mock() -> Any:
    with serve() as running:
        yield running


@pytest.fixture
def fresh(mock: MockGateway) -> MockGateway:
    mock.reset()
    return mock


def test_latency_delays_the_answer(fresh: MockGateway) -> None:
    fresh.on(reply={"text": "Late.", "latency_ms": 300})
    started = time.perf_counter()
    response = httpx.post(fresh.base_url + CHAT, json=body(False), headers={"Authorization": f"Bearer {fresh.api_key}"})
    assert response.status_code == 200
    assert time.perf_counter() - started >= 0.3


def test_error_latency(fresh: MockGateway) -> None:
    fresh.on(reply={"error": {"status": 504}, "latency_ms": 250})
    started = time.perf_counter()
    response = httpx.post(fresh.base_url + CHAT, json=body(False), headers={"Authorization": f"Bearer {fresh.api_key}"})
    assert response.status_code == 504
    assert time.perf_counter() - started >= 0.25


@pytest.mark.parametrize("path", [CHAT, "/api/responses"], ids=["chat", "responses"])
def test_time_to_first_token_and_token_rate(fresh: MockGateway, path: str) -> None:
    fresh.on(reply={"text": TEN_TOKENS, "ttft_ms": 300, "tokens_per_second": 20})
    _, arrivals = timed_deltas(fresh, path)
    assert len(arrivals) == 10
    # From the request (what a slow reader of the stream cannot shorten): the first token after the time to first
    # token, the last one nine tokens' time later.
    assert arrivals[0] >= 0.3
    assert arrivals[-1] >= 0.3 + 9 / 20


def test_a_paced_reply_takes_as_long_without_streaming(fresh: MockGateway) -> None:
    fresh.on(reply={"text": TEN_TOKENS, "ttft_ms": 200, "tokens_per_second": 30})
    started = time.perf_counter()
    httpx.post(fresh.base_url + CHAT, json=body(False), headers={"Authorization": f"Bearer {fresh.api_key}"})
    assert time.perf_counter() - started >= 0.2 + 9 / 30


def test_disconnect_after(fresh: MockGateway) -> None:
    fresh.on(reply={"text": TEN_TOKENS, "disconnect_after": 4})
    received: list[str] = []
    headers = {"Authorization": f"Bearer {fresh.api_key}"}
    with (
        pytest.raises(httpx.RemoteProtocolError),
        httpx.stream("POST", fresh.base_url + CHAT, json=body(True), headers=headers) as response,
    ):
        received.extend(line for line in response.iter_lines() if line.startswith("data: "))
    assert len(received) == 4
    assert fresh.requests[-1]["status"] == 200


def test_speed_factor() -> None:
    with serve(MockConfig(fixtures=FixtureSettings(speed=20))) as fast:
        fast.on(reply={"text": TEN_TOKENS, "latency_ms": 1000, "ttft_ms": 1000, "tokens_per_second": 1})
        started = time.perf_counter()
        head, arrivals = timed_deltas(fast)
        # Unscaled: 1 s latency, 1 s to the first token, 9 s of tokens. Twenty times faster: 0.55 s.
        assert head >= 0.045 and arrivals[0] >= 0.095 and arrivals[-1] >= 0.54
        assert time.perf_counter() - started < 5
