"""The inspection API: the bounded request log, reset of every store, health; and memory caps."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from respan_mock import MockConfig, running

from tests.mock.helpers import API_KEY, AUTH, chat_body, logged


def test_health(base_url: str) -> None:
    report = httpx.get(f"{base_url}/_mock/health").json()
    assert report["status"] == "ok"
    assert report["requests_in_flight"] == 0
    assert set(report["stores"].values()) == {0}
    assert set(report["stores"]) == {
        *("request_log", "request_log_bytes", "cache", "cache_bytes", "customer_windows", "customer_spend"),
        *("stored_responses", "stored_responses_bytes"),
    }


def test_requests_are_listed_newest_last_with_a_limit(client: httpx.Client) -> None:
    for text in ("one", "two", "three"):
        client.post("/api/chat/completions", json=chat_body(text))
    client.post("/api/chat/completions", json={"model": "m"})
    entries = logged(client)
    assert [entry["status"] for entry in entries] == [200, 200, 200, 400]
    assert [entry["input"][0]["content"] for entry in entries[:3]] == ["one", "two", "three"]
    assert entries[3]["error_code"] == "invalid_value"
    latest = client.get("/_mock/requests", params={"limit": 2}).json()["requests"]
    assert latest == entries[2:]
    assert client.get("/_mock/requests", params={"limit": 0}).json()["requests"] == []
    refused = client.get("/_mock/requests", params={"limit": "x"})
    assert refused.status_code == 400
    assert refused.json()["error"] == {
        "message": "limit must be a non-negative integer, got 'x'",
        "type": "invalid_request_error",
        "param": "/query/limit",
        "code": "invalid_value",
    }


def test_entries_record_the_response_log_id(client: httpx.Client) -> None:
    response = client.post("/api/chat/completions", json=chat_body())
    assert logged(client)[-1]["log_id"] == response.headers["X-Respan-Log-Id"]


def test_reset_clears_requests_cache_responses_and_limits(client: httpx.Client) -> None:
    cached = chat_body(cache_enabled=True, customer_params={"customer_identifier": "acme", "rate_limit": 1})
    assert client.post("/api/chat/completions", json=cached).headers["X-Respan-Cache"] == "miss"
    stored = client.post("/api/responses", json={"model": "m", "input": "x"}).json()["id"]
    assert client.post("/api/chat/completions", json=cached).status_code == 429
    assert client.post("/_mock/reset").json() == {"reset": True}
    assert logged(client) == []
    assert client.post("/api/chat/completions", json=cached).headers["X-Respan-Cache"] == "miss"
    follow_up = client.post("/api/responses", json={"model": "m", "input": "x", "previous_response_id": stored})
    assert follow_up.status_code == 404


@pytest.fixture(scope="module")
def tiny_server() -> Iterator[str]:
    limits = {"request_log": 3, "cache_entries": 2, "stored_responses": 2, "customers": 2}
    with running(MockConfig.from_dict({"api_keys": [API_KEY], "limits": limits})) as url:
        yield url


@pytest.fixture
def tiny(tiny_server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=tiny_server, headers=AUTH) as http:
        http.post("/_mock/reset")
        yield http


def test_request_log_is_bounded(tiny: httpx.Client) -> None:
    for text in ("a", "b", "c", "d", "e"):
        tiny.post("/api/chat/completions", json=chat_body(text))
    assert [entry["input"][0]["content"] for entry in logged(tiny)] == ["c", "d", "e"]


def test_cache_is_bounded(tiny: httpx.Client) -> None:
    def cache_status(text: str) -> str:
        return tiny.post("/api/chat/completions", json=chat_body(text, cache_enabled=True)).headers["X-Respan-Cache"]

    assert [cache_status(text) for text in ("a", "b", "c")] == ["miss"] * 3
    assert cache_status("c") == "hit"
    assert cache_status("a") == "miss"  # evicted: at most two entries


def test_stored_responses_are_bounded(tiny: httpx.Client) -> None:
    ids = [tiny.post("/api/responses", json={"model": "m", "input": text}).json()["id"] for text in "abc"]
    statuses = [
        tiny.post(
            "/api/responses", json={"model": "m", "input": "x", "store": False, "previous_response_id": i}
        ).status_code
        for i in ids
    ]
    assert statuses == [404, 200, 200]


def test_rate_limit_windows_are_bounded(tiny: httpx.Client) -> None:
    def request(customer: str) -> int:
        body = chat_body(customer_params={"customer_identifier": customer, "rate_limit": 1})
        return tiny.post("/api/chat/completions", json=body).status_code

    assert [request(customer) for customer in ("a", "a", "b", "c")] == [200, 429, 200, 200]
    assert request("a") == 200  # a's window was dropped: at most two customers are tracked


def test_inspection_api_needs_no_key(base_url: str) -> None:
    assert httpx.get(f"{base_url}/_mock/requests").status_code == 200
    assert API_KEY not in httpx.get(f"{base_url}/_mock/requests").text
