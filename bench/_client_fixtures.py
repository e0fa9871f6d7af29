"""Shared pieces of the client benchmarks: canned gateway answers served by an in-process httpx transport, the
clients under test built on it, and a timer that reports medians."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from typing import Any

import httpx

BASE_URL = "http://gateway.test"
API_KEY = "bench-key"
MESSAGES = [{"role": "user", "content": "Say hello."}]

COMPLETION = json.dumps(
    {
        "id": "chatcmpl-bench",
        "object": "chat.completion",
        "created": 1_760_000_000,
        "model": "gpt-4o-mini",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "Hello! How can I help you today?", "refusal": None},
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 11, "completion_tokens": 9, "total_tokens": 20},
        "system_fingerprint": "fp_bench",
        "service_tier": "default",
    },
    separators=(",", ":"),
).encode()


def chunk_event(index: int) -> bytes:
    """One `data:` event of a chat stream: a content delta, as the gateway sends it."""
    chunk = {
        "id": "chatcmpl-bench",
        "object": "chat.completion.chunk",
        "created": 1_760_000_000,
        "model": "gpt-4o-mini",
        "system_fingerprint": "fp_bench",
        "choices": [{"index": 0, "delta": {"content": f"tok{index} "}, "logprobs": None, "finish_reason": None}],
    }
    return b"data: " + json.dumps(chunk, separators=(",", ":")).encode() + b"\n\n"


def completion_transport(http: Any = httpx) -> Any:
    """A MockTransport of `http` (httpx, or httpx2 for the openai SDK, which is built on it) answering COMPLETION."""
    headers = {"content-type": "application/json", "x-respan-log-id": "log-bench"}
    return http.MockTransport(lambda request: http.Response(200, headers=headers, content=COMPLETION))


def stream_transport(events: int, http: Any = httpx) -> Any:
    """A MockTransport of `http` answering a chat stream of `events` chunks, one network read per event (a gateway
    flushes each chunk as it is produced)."""
    body = [chunk_event(i) for i in range(events)] + [b"data: [DONE]\n\n"]
    headers = {"content-type": "text/event-stream"}
    return http.MockTransport(lambda request: http.Response(200, headers=headers, content=iter(body)))


def median_seconds(runs: dict[str, Callable[[], None]], *, repeats: int) -> dict[str, float]:
    """Median wall time of each run over `repeats` rounds, after one warm-up round. The runs take turns within each
    round, so that a burst of load from other processes hits them all alike."""
    for run in runs.values():
        run()
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeats):
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}
