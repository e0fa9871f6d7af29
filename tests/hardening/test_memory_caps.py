"""Every store that keeps request content is capped in bytes as well as in entries, so that memory stays bounded
whatever the size of the requests (bench/harden_memory.py measures it over 100,000 requests)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from respan_mock import MockConfig, running
from respan_mock._bounded import BoundedLru

KEY = "caps-key"
STORED_BYTES = 20_000
PADDING = "x" * 6_000  # each request below is a little over 6 kB


def test_bounded_lru_drops_the_least_recently_used_beyond_either_cap() -> None:
    store: BoundedLru[str, int] = BoundedLru(capacity=3, max_bytes=100)
    for key in "abc":
        store.put(key, ord(key), 10)
    assert store.get("a") == ord("a")  # now the most recently used
    store.put("d", 4, 10)
    assert store.values() == [ord("c"), ord("a"), 4]  # b went: the entry cap
    store.put("e", 5, 95)
    assert store.values() == [5]  # the byte cap: 95 and any other entry are over 100
    assert store.bytes == 95
    store.put("f", 6, 500)  # larger than the cap alone: the newest entry always stays
    assert store.values() == [6]
    store.discard("f")
    assert (len(store), store.bytes) == (0, 0)


@pytest.fixture(scope="module")
def small_stores() -> Iterator[str]:
    config = {"api_keys": [KEY], "limits": {"stored_bytes": STORED_BYTES}}
    with running(MockConfig.from_dict(config)) as url:
        yield url


def test_the_request_log_cache_and_stored_responses_hold_at_most_stored_bytes(small_stores: str) -> None:
    with httpx.Client(base_url=small_stores, headers={"Authorization": f"Bearer {KEY}"}) as http:
        for index in range(10):
            chat = {"model": "m", "messages": [{"role": "user", "content": f"{index} {PADDING}"}]}
            assert http.post("/api/chat/completions", json={**chat, "cache_enabled": True}).status_code == 200
            assert http.post("/api/responses", json={"model": "m", "input": f"{index} {PADDING}"}).status_code == 200
        stores = http.get("/_mock/health").json()["stores"]
        logged = http.get("/_mock/requests").json()["requests"]
    assert 0 < stores["request_log_bytes"] <= STORED_BYTES
    assert 0 < stores["stored_responses_bytes"] <= STORED_BYTES
    # Two requests of 6 kB and their responses as sent (which the log keeps: 0.4 and 0.9 kB) fit in 20 kB, not three.
    assert stores["request_log"] == len(logged) == 2
    assert stores["stored_responses"] == 3
    assert logged[-1]["input"][0]["content"] == f"9 {PADDING}"  # the newest are kept
    assert stores["cache"] == 10  # answers are small: the entry cap (1000) and the byte cap leave them all
    assert 0 < stores["cache_bytes"] <= STORED_BYTES
