"""First-byte latency of a 200-chunk chat stream at 50 concurrent streams: the time from sending the request to
receiving the first `data:` event, measured by a raw-socket asyncio client (uvloop) that keeps 50 streams open
at once for the whole run. Baseline in the same run: a bare Starlette StreamingResponse of the same 200 events
under the same uvicorn settings. Goal: mock p99 under 20 ms.

    .venv/bin/python bench/mock_stream_first_byte.py [--seconds 10] [--streams 50]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import uvloop
from mock_servers import Running, ceiling_server, mock_server

PATH = "/api/chat/completions"
CHUNKS = 200  # the role chunk, 198 token chunks and the finish chunk; then [DONE]
GOAL_P99_MS = 20.0
REQUEST = {
    "model": "gpt-4o-mini",
    "messages": [{"role": "user", "content": "Tell me a long story."}],
    "stream": True,
    "max_tokens": CHUNKS - 2,
}


@dataclass
class Samples:
    first_event: list[float] = field(default_factory=list)
    whole_stream: list[float] = field(default_factory=list)
    events: int = 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--streams", type=int, default=50)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="mock-stream-bench-"))
    config = work / "config.yaml"
    config.write_text(f"answers: {{min_tokens: {CHUNKS}, max_tokens: {CHUNKS}}}\n")
    canned = work / "stream.txt"
    results = {}
    with mock_server(config) as running:
        response = httpx.post(running.url + PATH, json=REQUEST, headers={"Authorization": "Bearer mock-key"})
        canned.write_bytes(response.content)
        assert response.text.count("data: ") == CHUNKS + 1, "the mock did not stream 200 chunks + [DONE]"
        results["mock"] = uvloop.run(_measure(running, args.seconds, args.streams))
    with ceiling_server(canned, stream=True) as running:
        results["ceiling"] = uvloop.run(_measure(running, args.seconds, args.streams))
    _report(results, args.seconds, args.streams)


async def _measure(running: Running, seconds: float, streams: int) -> Samples:
    port = int(running.url.rsplit(":", 1)[1])
    body = json.dumps(REQUEST).encode()
    request = (
        f"POST {PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer mock-key\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    samples = Samples()
    deadline = time.perf_counter() + seconds
    await asyncio.gather(*(_stream_client(port, request, deadline, samples) for _ in range(streams)))
    return samples


async def _stream_client(port: int, request: bytes, deadline: float, samples: Samples) -> None:
    """One connection that sends the streaming request again and again until the deadline (keep-alive)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            writer.write(request)
            await reader.readuntil(b"\r\n\r\n")
            first: float | None = None
            events = 0
            tail = b""
            while not tail.endswith(b"\r\n0\r\n\r\n"):
                chunk = await reader.read(65536)
                if not chunk:
                    raise RuntimeError("the server closed the stream early")
                if first is None and b"data: " in chunk:
                    first = time.perf_counter()
                events += chunk.count(b"data: ")
                tail = (tail + chunk)[-16:]
            if events != CHUNKS + 1:
                raise RuntimeError(f"expected {CHUNKS + 1} events, got {events}")
            assert first is not None
            samples.first_event.append(first - started)
            samples.whole_stream.append(time.perf_counter() - started)
            samples.events += events
    finally:
        writer.close()


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] * 1000


def _report(results: dict[str, Samples], seconds: float, streams: int) -> None:
    print(f"\n{CHUNKS}-chunk chat streams, {streams} concurrent, {seconds:.0f} s per server:\n")
    print("| Server | streams/s | events/s | first event p50 ms | first event p99 ms | whole stream p99 ms |")
    print("|---|---:|---:|---:|---:|---:|")
    labels = {"ceiling": "bare Starlette StreamingResponse, canned events", "mock": "respan-mock"}
    for name in ("ceiling", "mock"):
        s = results[name]
        print(
            f"| {labels[name]} | {len(s.whole_stream) / seconds:.0f} | {s.events / seconds:.0f} "
            f"| {statistics.median(s.first_event) * 1000:.2f} | {_percentile(s.first_event, 0.99):.2f} "
            f"| {_percentile(s.whole_stream, 0.99):.2f} |"
        )
    p99 = _percentile(results["mock"].first_event, 0.99)
    print(f"\nmock first-event p99 = {p99:.2f} ms (goal < {GOAL_P99_MS:.0f} ms)")


if __name__ == "__main__":
    main()
