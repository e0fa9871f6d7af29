"""Retries: which failures are retried, how long the client waits, Retry-After, and the retry count."""

from __future__ import annotations

import asyncio
import email.utils
import time

import httpx
import pytest
from respan_gateway_client import (
    AsyncRetryTransport,
    BadRequestError,
    RetryPolicy,
    RetryTransport,
    ServiceUnavailableError,
)
from respan_gateway_client.api.chat import create_chat_completion

from tests.client.helpers import Recorder, chat_body, completion, mock_client


def ok() -> httpx.Response:
    return httpx.Response(200, json=completion())


def error(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, json={"error": {"message": f"status {status}", "type": "api_error"}}, headers=headers)


def send(handler: Recorder, policy: RetryPolicy) -> tuple[httpx.Response, list[float]]:
    """Send one request through a RetryTransport that records its waits instead of sleeping."""
    waits: list[float] = []
    transport = RetryTransport(httpx.MockTransport(handler), policy, sleep=waits.append)
    with httpx.Client(transport=transport) as client:
        return client.post("http://gateway.test/api/chat/completions", json={}), waits


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
def test_retryable_statuses_are_retried_then_succeed(status: int) -> None:
    handler = Recorder(error(status), error(status), ok())
    response, waits = send(handler, RetryPolicy())
    assert response.status_code == 200
    assert len(handler.requests) == 3
    assert len(waits) == 2


@pytest.mark.parametrize("status", [400, 401, 404, 413, 415, 424])
def test_other_statuses_are_not_retried(status: int) -> None:
    handler = Recorder(error(status), ok())
    response, waits = send(handler, RetryPolicy())
    assert response.status_code == status
    assert len(handler.requests) == 1
    assert waits == []


@pytest.mark.parametrize(
    "failure", [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.RemoteProtocolError("dropped")]
)
def test_connection_failures_are_retried(failure: Exception) -> None:
    handler = Recorder(failure, failure, ok())
    response, _ = send(handler, RetryPolicy())
    assert response.status_code == 200
    assert len(handler.requests) == 3


def test_retries_stop_after_max_retries_with_the_last_answer() -> None:
    handler = Recorder(error(503))
    response, waits = send(handler, RetryPolicy(max_retries=4))
    assert response.status_code == 503
    assert len(handler.requests) == 5
    assert len(waits) == 4


def test_backoff_doubles_up_to_the_cap_with_at_most_25_percent_jitter() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=3.0)
    for attempt, nominal in enumerate([0.5, 1.0, 2.0, 3.0, 3.0]):
        delays = {policy.delay(attempt) for _ in range(50)}
        assert all(0.75 * nominal <= d <= nominal for d in delays)
        assert len(delays) > 1  # jittered


def test_retry_after_seconds_is_honoured() -> None:
    handler = Recorder(error(429, **{"Retry-After": "7"}), ok())
    _, waits = send(handler, RetryPolicy())
    assert waits == [7.0]


def test_retry_after_ms_is_honoured() -> None:
    handler = Recorder(error(503, **{"retry-after-ms": "250"}), ok())
    _, waits = send(handler, RetryPolicy())
    assert waits == [0.25]


def test_retry_after_http_date_is_honoured() -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    handler = Recorder(error(503, **{"Retry-After": when}), ok())
    _, waits = send(handler, RetryPolicy())
    assert 25 < waits[0] <= 30


@pytest.mark.parametrize("value", ["3600", "-1", "soon"])
def test_unusable_retry_after_falls_back_to_backoff(value: str) -> None:
    handler = Recorder(error(429, **{"Retry-After": value}), ok())
    _, waits = send(handler, RetryPolicy(initial_delay=0.5))
    assert 0.375 <= waits[0] <= 0.5


def test_policy_rejects_negative_settings() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)


def test_client_retries_twice_by_default_then_raises_the_typed_error() -> None:
    handler = Recorder(error(503))
    with pytest.raises(ServiceUnavailableError):
        create_chat_completion.sync(client=mock_client(handler), body=chat_body())
    assert len(handler.requests) == 3


def test_client_max_retries_is_configurable() -> None:
    handler = Recorder(error(500), error(500), error(500), ok())
    client = mock_client(handler, retry_policy=RetryPolicy(max_retries=3, initial_delay=0.0))
    assert create_chat_completion.sync(client=client, body=chat_body()).id == "chatcmpl-1"
    assert len(handler.requests) == 4


def test_zero_retries_turns_them_off() -> None:
    handler = Recorder(error(503), ok())
    with pytest.raises(ServiceUnavailableError):
        create_chat_completion.sync(client=mock_client(handler, retry_policy=None, max_retries=0), body=chat_body())
    assert len(handler.requests) == 1


def test_a_bad_request_is_raised_at_once() -> None:
    handler = Recorder(error(400), ok())
    with pytest.raises(BadRequestError):
        create_chat_completion.sync(client=mock_client(handler), body=chat_body())
    assert len(handler.requests) == 1


def test_async_transport_retries_and_honours_retry_after() -> None:
    handler = Recorder(error(429, **{"Retry-After": "2"}), error(502), ok())
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    async def call() -> int:
        transport = AsyncRetryTransport(httpx.MockTransport(handler), RetryPolicy(initial_delay=0.5), sleep=record)
        async with httpx.AsyncClient(transport=transport) as client:
            return (await client.post("http://gateway.test/", json={})).status_code

    assert asyncio.run(call()) == 200
    assert waits[0] == 2.0
    assert 0.5 <= waits[1] <= 1.0  # second retry: backoff of attempt 1
