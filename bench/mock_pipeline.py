"""Where the mock's time goes, without a server or a network: the µs per request of calling the ASGI apps
directly, in one process, with the benchmark's request (the spec's `ChatBasicRequest` example). Rows: the
bare Starlette ceiling app of `mock_throughput.py`, and the mock, with the same request every time and with
distinct bodies, then streamed (the same request, and the `ResponseBasicRequest` example, with `stream`). The
difference between the mock and the ceiling is the gateway pipeline (parsing, auth, validation, the parameter
merge, prompts, routing, synthesis, rendering, the request log).

    .venv/bin/python bench/mock_pipeline.py [--requests 10000] [--rounds 7]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from respan_mock import DEV_API_KEY, MockConfig, create_app
from respan_spec import load_spec
from starlette.types import ASGIApp, Message

PATH = "/api/chat/completions"


def scope(body: bytes, path: str = PATH) -> dict[str, Any]:
    headers = [
        (b"host", b"127.0.0.1"),
        (b"content-type", b"application/json"),
        (b"authorization", f"Bearer {DEV_API_KEY}".encode()),
        (b"content-length", str(len(body)).encode()),
    ]
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 2),
    }


async def call(app: ASGIApp, body: bytes, path: str = PATH) -> bytes:
    """One request; returns the response body (the status must be 200)."""
    received = False
    status = 0
    parts: list[bytes] = []

    async def receive() -> Message:
        nonlocal received
        if received:
            await asyncio.Event().wait()  # no disconnect while the app answers
        received = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: Message) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        else:
            parts.append(message.get("body", b""))

    await app(scope(body, path), receive, send)
    assert status == 200, (status, b"".join(parts))
    return b"".join(parts)


def best_us(app: ASGIApp, bodies: list[bytes], rounds: int, path: str = PATH) -> float:
    """The fastest of `rounds` passes over `bodies`, in µs per request (the least disturbed by other load)."""

    async def run() -> None:
        for body in bodies:
            await call(app, body, path)

    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        asyncio.run(run())
        best = min(best, time.perf_counter() - started)
    return best / len(bodies) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    spec = load_spec()
    request = spec["components"]["examples"]["ChatBasicRequest"]["value"]
    body = json.dumps(request).encode()
    mock = create_app(MockConfig(), spec)
    answer = asyncio.run(call(mock, body))
    # The ceiling app reads the canned answer from $BENCH_RESPONSE when it is imported.
    response_file = Path(tempfile.mkdtemp(prefix="mock-pipeline-")) / "response.json"
    response_file.write_bytes(answer)
    os.environ["BENCH_RESPONSE"] = str(response_file)
    from mock_ceiling import app as ceiling

    distinct = []
    for index in range(args.requests):
        varied = json.loads(body)
        varied["messages"][-1]["content"] += f" ({index})"
        distinct.append(json.dumps(varied).encode())
    chat_stream = json.dumps({**request, "stream": True}).encode()
    responses_request = spec["components"]["examples"]["ResponseBasicRequest"]["value"]
    responses_stream = json.dumps({**responses_request, "stream": True}).encode()
    streams = max(args.requests // 4, 1)
    rows = {
        "bare Starlette endpoint, canned bytes (ceiling)": best_us(ceiling, [body] * args.requests, args.rounds),
        "respan-mock, validated": best_us(mock, [body] * args.requests, args.rounds),
        "respan-mock, validated, distinct bodies": best_us(mock, distinct, args.rounds),
        "respan-mock, chat stream": best_us(mock, [chat_stream] * streams, args.rounds),
        "respan-mock, Responses stream": best_us(mock, [responses_stream] * streams, args.rounds, "/api/responses"),
    }
    print(f"In-process ASGI calls, {args.requests} requests, best of {args.rounds} rounds:\n")
    print("| App | µs/request |\n|---|---:|")
    for label, value in rows.items():
        print(f"| {label} | {value:.1f} |")


if __name__ == "__main__":
    main()
