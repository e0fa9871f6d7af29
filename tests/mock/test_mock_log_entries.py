"""What a request log entry holds besides the summary (what the console at /_mock/ shows): the request body,
the response or the stream's events exactly as the client received them, how a stream ended, the latency and
the customer; one entry by its log id, and the entries after a given one."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from respan_mock import MockConfig, running
from respan_mock._bounded import BoundedLru
from respan_mock._recording import MAX_STREAM_BYTES, StreamCopy, decode_event

from tests.mock.helpers import API_KEY, AUTH, chat_body, logged


def received_events(response: httpx.Response) -> list[dict[str, Any]]:
    """The server-sent events of a streamed response, decoded as the log decodes them."""
    blocks = response.read().decode().split("\n\n")
    return [decode_event(block.encode()) for block in blocks if block.strip()]


def test_a_json_answer_is_logged_with_its_body_response_latency_and_customer(client: httpx.Client) -> None:
    body = chat_body("Hi there", customer_identifier="acme", respan_params={"fallback_models": ["gpt-4o"]})
    response = client.post("/api/chat/completions", json=body)
    entry = logged(client)[-1]
    assert entry["body"] == body
    assert entry["response"] == response.json()
    assert entry["customer"] == "acme"
    assert entry["latency"] > 0
    assert (entry["events"], entry["stream_end"], entry["events_omitted"]) == (None, None, 0)


def test_an_error_is_logged_with_its_error_body(client: httpx.Client) -> None:
    response = client.post("/api/chat/completions", json={"model": "gpt-4o-mini"})
    entry = logged(client)[-1]
    assert entry["status"] == 400
    assert entry["body"] == {"model": "gpt-4o-mini"}
    assert entry["response"] == response.json()
    assert entry["latency"] > 0


def test_malformed_json_leaves_the_body_out(client: httpx.Client) -> None:
    headers = {"Content-Type": "application/json"}
    client.post("/api/chat/completions", content=b"{not json", headers=headers)
    entry = logged(client)[-1]
    assert entry["body"] is None
    assert entry["response"]["error"]["code"] == "invalid_json"


def test_credentials_in_the_body_are_redacted_even_when_invalid(client: httpx.Client) -> None:
    valid = chat_body(customer_credentials={"openai": "sk-planted-1"}, credential_override={"openai": "sk-planted-2"})
    client.post("/api/chat/completions", json=valid)
    client.post("/api/chat/completions", json=chat_body(customer_credentials="sk-planted-3"))
    entries = logged(client)
    assert entries[0]["body"]["customer_credentials"] == {"openai": "[redacted]"}
    assert entries[0]["body"]["credential_override"] == {"openai": "[redacted]"}
    assert entries[1]["status"] == 400
    assert entries[1]["body"]["customer_credentials"] == "[redacted]"
    assert "sk-planted" not in client.get("/_mock/requests").text


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/api/chat/completions", chat_body(stream=True, stream_options={"include_usage": True})),
        ("/api/responses", {"model": "gpt-4o-mini", "input": "Hi", "stream": True}),
    ],
)
def test_a_stream_is_logged_with_the_events_the_client_received(
    client: httpx.Client, path: str, body: dict[str, Any]
) -> None:
    with client.stream("POST", path, json=body) as response:
        events = received_events(response)
    entry = logged(client)[-1]
    assert entry["events"] == events
    assert len(events) > 3
    assert entry["stream_end"] == "completed"
    assert entry["response"] is None
    assert entry["latency"] > 0


def test_a_stream_cut_by_the_disconnect_fault_keeps_what_was_sent(client: httpx.Client) -> None:
    headers = {"Prefer": "disconnect-after=3"}
    with (
        pytest.raises(httpx.RemoteProtocolError),
        client.stream("POST", "/api/chat/completions", json=chat_body(stream=True), headers=headers) as response,
    ):
        response.read()
    entry = wait_for(client, lambda entry: entry["stream_end"] is not None)
    assert entry["stream_end"] == "fault_disconnect"
    assert len(entry["events"]) == 3


def test_disable_log_keeps_no_body_response_or_events(client: httpx.Client) -> None:
    client.post("/api/chat/completions", json=chat_body(disable_log=True))
    with client.stream("POST", "/api/chat/completions", json=chat_body(stream=True, disable_log=True)) as response:
        response.read()
    plain, streamed = logged(client)
    assert (plain["body"], plain["response"], plain["events"]) == (None, None, None)
    assert (streamed["body"], streamed["response"], streamed["events"]) == (None, None, None)
    assert streamed["stream_end"] == "completed"


def test_one_entry_by_its_log_id_and_the_entries_after_one(client: httpx.Client) -> None:
    ids = [client.post("/api/chat/completions", json=chat_body(text)).headers["X-Respan-Log-Id"] for text in "abc"]
    assert client.get(f"/_mock/requests/{ids[1]}").json()["body"]["messages"][0]["content"] == "b"
    after = client.get("/_mock/requests", params={"after": ids[0]}).json()
    assert [entry["log_id"] for entry in after["requests"]] == ids[1:]
    assert after["after_found"] is True
    assert client.get("/_mock/requests", params={"after": ids[2]}).json() == {"requests": [], "after_found": True}
    latest = client.get("/_mock/requests", params={"after": ids[0], "limit": 1}).json()["requests"]
    assert [entry["log_id"] for entry in latest] == ids[2:]
    # No longer in the log (a reset, or evicted): every entry, and the caller is told to start over.
    unknown = client.get("/_mock/requests", params={"after": "gone", "limit": 2}).json()
    assert [entry["log_id"] for entry in unknown["requests"]] == ids[1:]
    assert unknown["after_found"] is False
    assert "after_found" not in client.get("/_mock/requests").json()
    missing = client.get("/_mock/requests/not-a-log-id")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "not_found"


@pytest.fixture(scope="module")
def slow_server() -> Iterator[str]:
    config = {"api_keys": [API_KEY], "answers": {"stream_delay_ms": 20, "min_tokens": 40, "max_tokens": 40}}
    with running(MockConfig.from_dict(config)) as url:
        yield url


def test_a_stream_in_progress_is_listed_and_grows(slow_server: str) -> None:
    with httpx.Client(base_url=slow_server, headers=AUTH, timeout=30) as http:
        with http.stream("POST", "/api/chat/completions", json=chat_body(stream=True)) as response:
            lines = response.iter_lines()
            assert next(lines).startswith("data: ")
            during = logged(http)[-1]
            assert during["stream_end"] is None
            assert during["latency"] is None
            assert 1 <= len(during["events"]) < 40
            received = [line for line in [*lines] if line]
        after = wait_for(http, lambda entry: entry["stream_end"] is not None)
        assert after["stream_end"] == "completed"
        assert len(after["events"]) == len(received) + 1  # the first event, read before
        assert after["latency"] >= 0.02 * 40


def test_a_client_that_goes_away_ends_the_stream_in_the_log(slow_server: str) -> None:
    with httpx.Client(base_url=slow_server, headers=AUTH, timeout=30) as http:
        with http.stream("POST", "/api/chat/completions", json=chat_body(stream=True)) as response:
            next(response.iter_lines())
        entry = wait_for(http, lambda entry: entry["stream_end"] is not None)
        assert entry["stream_end"] == "client_disconnected"
        assert len(entry["events"]) < 42


def test_the_log_counts_a_streams_events_in_its_bytes(slow_server: str) -> None:
    with httpx.Client(base_url=slow_server, headers=AUTH, timeout=30) as http:
        http.post("/_mock/reset")
        with http.stream("POST", "/api/chat/completions", json=chat_body(stream=True)) as response:
            chunks = response.iter_bytes()
            first = next(chunks)
            during = http.get("/_mock/health").json()["stores"]["request_log_bytes"]
            size = len(first) + sum(map(len, chunks))
        wait_for(http, lambda entry: entry["stream_end"] is not None)
        after = http.get("/_mock/health").json()["stores"]["request_log_bytes"]
    assert after > during
    assert after >= size  # every event sent, the first one included


def test_a_stream_copy_keeps_the_first_events_within_its_bytes_and_the_last() -> None:
    ended: list[bool] = []
    copy = StreamCopy(lambda: ended.append(True))
    big = b"data: " + b"x" * (MAX_STREAM_BYTES // 3) + b"\n\n"
    for index in range(6):
        small = f"data: {index}\n\n".encode()
        copy.sent([big, small], len(big) + len(small))
    copy.ended("completed")
    assert ended == [True]
    assert copy.end == "completed"
    assert copy.events[-1] == b"data: 5\n\n"
    assert len(copy.events) == 4 + 1  # two batches fit, then only the last event
    assert copy.omitted == 12 - 5
    assert copy.bytes == sum(map(len, copy.events)) <= MAX_STREAM_BYTES


def test_a_stream_copy_without_keep_keeps_nothing() -> None:
    copy = StreamCopy(lambda: None, keep=False)
    copy.sent([b"data: 1\n\n"], 9)
    copy.ended("completed")
    assert (copy.events, copy.bytes, copy.end) == ([], 0, "completed")


def test_decode_event_reads_name_data_and_non_json_data() -> None:
    assert decode_event(b'event: response.created\ndata: {"a": 1}\n\n') == {
        "event": "response.created",
        "data": {"a": 1},
    }
    assert decode_event(b"data: [DONE]\n\n") == {"event": None, "data": "[DONE]"}


def test_bounded_lru_resize_keeps_the_place_and_applies_the_byte_cap() -> None:
    store: BoundedLru[str, int] = BoundedLru(capacity=10, max_bytes=100)
    for key in "abc":
        store.put(key, ord(key), 10)
    store.resize("b", 30)
    assert (store.values(), store.bytes) == ([ord("a"), ord("b"), ord("c")], 50)
    store.resize("c", 90)  # over the cap: the least recently used go first
    assert (store.values(), store.bytes) == ([ord("c")], 90)
    store.resize("gone", 5)
    assert store.bytes == 90


def wait_for(http: httpx.Client, done: Callable[[dict[str, Any]], bool], seconds: float = 10) -> dict[str, Any]:
    """The newest log entry, once `done` holds for it (a stream's end is recorded as the server sees it)."""
    deadline = time.monotonic() + seconds
    while True:
        entry = logged(http)[-1]
        if done(entry) or time.monotonic() > deadline:
            return entry
        time.sleep(0.02)


def test_entries_are_json_all_the_way(client: httpx.Client) -> None:
    with client.stream("POST", "/api/responses", json={"model": "m", "input": "x", "stream": True}) as response:
        response.read()
    raw = client.get("/_mock/requests").text
    assert json.loads(raw)["requests"][-1]["events"][0]["data"]["type"] == "response.created"
