"""Fault injection: the Prefer header (status, latency, disconnect mid-stream) and failing models from the
config, as a client's retry logic sees them."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import openai
import pytest
from respan_mock import MockConfig, running

from tests.mock.conformance import Conformance
from tests.mock.helpers import API_KEY, chat_body, logged


@pytest.mark.parametrize("status", [400, 401, 404, 413, 415, 424, 429, 500, 503, 504])
def test_prefer_code_returns_a_documented_error(client: httpx.Client, conformance: Conformance, status: int) -> None:
    response = client.post("/api/responses", json={"model": "m", "input": "x"}, headers={"Prefer": f"code={status}"})
    assert response.status_code == status
    conformance.check(response, "/api/responses")
    assert response.json()["error"]["code"] == "injected_fault"
    assert ("Retry-After" in response.headers) == (status in (429, 503))


def test_prefer_retry_after_and_code_200(client: httpx.Client) -> None:
    response = client.post("/api/chat/completions", json=chat_body(), headers={"Prefer": "code=503, retry-after=7"})
    assert response.headers["Retry-After"] == "7"
    assert client.post("/api/chat/completions", json=chat_body(), headers={"Prefer": "code=200"}).status_code == 200


@pytest.mark.parametrize("prefer", ["code=418", "code=abc", "latency=-1", "latency=999999", "disconnect-after=x"])
def test_invalid_prefer_is_400(client: httpx.Client, prefer: str) -> None:
    response = client.post("/api/chat/completions", json=chat_body(), headers={"Prefer": prefer})
    assert response.status_code == 400
    assert response.json()["error"]["param"] == "/headers/Prefer"


def test_prefer_ignores_other_preferences(client: httpx.Client) -> None:
    response = client.post(
        "/api/chat/completions", json=chat_body(), headers={"Prefer": "return=minimal; dynamic=true"}
    )
    assert response.status_code == 200


def test_prefer_latency_delays_the_response(client: httpx.Client) -> None:
    started = time.perf_counter()
    response = client.post("/api/chat/completions", json=chat_body(), headers={"Prefer": "latency=300"})
    assert response.status_code == 200
    assert time.perf_counter() - started >= 0.3


@pytest.mark.parametrize("path", ["/api/chat/completions", "/api/responses"])
def test_disconnect_after_cuts_the_stream(client: httpx.Client, path: str) -> None:
    body = chat_body(stream=True) if "chat" in path else {"model": "m", "input": "x", "stream": True}
    received = []
    with (
        pytest.raises(httpx.RemoteProtocolError),
        client.stream("POST", path, json=body, headers={"Prefer": "disconnect-after=3"}) as response,
    ):
        assert response.status_code == 200
        for line in response.iter_lines():
            if line.startswith("data: "):
                received.append(line)
    assert len(received) == 3
    assert "[DONE]" not in received[-1]


def test_openai_sdk_sees_the_disconnect(base_url: str) -> None:
    sdk = openai.OpenAI(base_url=f"{base_url}/api", api_key=API_KEY, max_retries=0)
    stream = sdk.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "hi"}],
        stream=True,
        extra_headers={"Prefer": "disconnect-after=2"},
    )
    with pytest.raises(openai.APIError):
        list(stream)


@pytest.fixture(scope="module")
def flaky_server() -> Iterator[str]:
    config = {"api_keys": [API_KEY], "failures": {"gpt-flaky": {"times": 2, "status": 503, "retry_after": 0}}}
    with running(MockConfig.from_dict(config)) as url:
        yield url


def test_a_client_retrying_503_succeeds_on_the_third_attempt(flaky_server: str) -> None:
    sdk = openai.OpenAI(base_url=f"{flaky_server}/api", api_key=API_KEY, max_retries=2)
    completion = sdk.chat.completions.create(model="gpt-flaky", messages=[{"role": "user", "content": "hi"}])
    assert completion.model == "gpt-flaky"
    with httpx.Client(base_url=flaky_server) as http:
        assert [entry["status"] for entry in logged(http)] == [503, 503, 200]
