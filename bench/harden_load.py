"""Load: concurrent streaming clients against `respan-mock serve` on loopback for a fixed time, a fifth of them
disconnecting in the middle of their streams (half closing their socket, half resetting it). Goals: no 5xx, no
leaked tasks or connections (the mock's /_mock/health and the OS's view of its sockets and file descriptors
return to their idle level), resident memory after warm-up within 10% of its level at the end of warm-up.
First-byte latency (request written to first `data:` event read) is reported.

The load generator is one asyncio process (uvloop, raw sockets) on the same two cores as the server: figures
are for the pair, compare them within a run.

    .venv/bin/python bench/harden_load.py [--clients 200] [--seconds 60] [--warmup 10]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psutil  # type: ignore[import-untyped]  # no stubs
import uvloop
from mock_servers import Running, log_problems, mock_server

PATH = "/api/chat/completions"
TOKENS = 60
EVENTS = TOKENS + 3  # the role chunk, one chunk per token, the finish chunk, [DONE]
DELAY_MS = 10  # between events: a stream takes about 0.6 s, as a model streaming 100 tokens/s
DISCONNECT_SHARE = 5  # one client in five disconnects mid-stream
MEMORY_TOLERANCE = 0.10
SETTLE_SECONDS = 30.0
REQUEST_TIMEOUT = 30.0


@dataclass
class Load:
    statuses: Counter[int] = field(default_factory=Counter)
    first_event: list[float] = field(default_factory=list)
    completed: int = 0
    incomplete: int = 0
    disconnected: int = 0
    events: int = 0
    client_errors: Counter[str] = field(default_factory=Counter)


@dataclass
class Snapshot:
    """The server's state as the mock and the OS see it."""

    tasks: int
    in_flight: int
    connections: int
    sockets: int  # TCP sockets of the server process other than its listener
    fds: int
    rss: int

    def line(self) -> str:
        return (
            f"tasks {self.tasks}, requests in flight {self.in_flight}, connections {self.connections}, "
            f"TCP sockets {self.sockets}, file descriptors {self.fds}, RSS {self.rss / 2**20:.1f} MiB"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--warmup", type=float, default=10)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="harden-load-"))
    config = work / "config.yaml"
    config.write_text(f"answers: {{min_tokens: {TOKENS}, max_tokens: {TOKENS}, stream_delay_ms: {DELAY_MS}}}\n")
    log = work / "server.log"
    load_before = os.getloadavg()
    with mock_server(config, log=log) as running:
        process = psutil.Process(running.pid)
        idle = _snapshot(running, process)
        load = Load()
        rss: list[tuple[float, int]] = []
        uvloop.run(_run(running, process, args.clients, args.seconds, load, rss))
        settled, settle_seconds = _settle(running, process, idle)
    load_after = os.getloadavg()
    errors = log_problems(log)
    return _report(args, load, idle, settled, settle_seconds, rss, errors, (load_before, load_after))


async def _run(
    running: Running, process: psutil.Process, clients: int, seconds: float, load: Load, rss: list[tuple[float, int]]
) -> None:
    port = int(running.url.rsplit(":", 1)[1])
    body = json.dumps(
        {
            "model": "gpt-4o-mini",
            "messages": [{"role": "user", "content": "Stream me a story."}],
            "stream": True,
            "max_tokens": TOKENS,  # the answer is at least TOKENS long: cut to exactly TOKENS
        }
    ).encode()
    request = (
        f"POST {PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer mock-key\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    started = time.perf_counter()
    deadline = started + seconds
    sampler = asyncio.create_task(_sample_rss(process, started, rss))
    await asyncio.gather(
        *(_client(index, port, request, deadline, load) for index in range(clients)), return_exceptions=False
    )
    sampler.cancel()
    rss.append((time.perf_counter() - started, process.memory_info().rss))


async def _sample_rss(process: psutil.Process, started: float, rss: list[tuple[float, int]]) -> None:
    while True:
        rss.append((time.perf_counter() - started, process.memory_info().rss))
        await asyncio.sleep(1.0)


async def _client(index: int, port: int, request: bytes, deadline: float, load: Load) -> None:
    """One client: keeps a connection streaming until the deadline. A disconnecting client leaves each stream
    after a few events (closing or resetting its socket) and connects again."""
    disconnecting = index % DISCONNECT_SHARE == 0
    leave_after = 3 + index % 20  # events read before leaving
    reset = index % (2 * DISCONNECT_SHARE) == 0
    connection: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
    while time.perf_counter() < deadline:
        try:
            if connection is None:
                connection = await asyncio.open_connection("127.0.0.1", port)
            reader, writer = connection
            async with asyncio.timeout(REQUEST_TIMEOUT):
                kept = await _one_stream(reader, writer, request, load, leave_after if disconnecting else None, reset)
            if not kept:
                connection = None
        except (OSError, asyncio.IncompleteReadError, TimeoutError) as error:
            load.client_errors[type(error).__name__] += 1
            if connection is not None:
                connection[1].transport.abort()
            connection = None
    if connection is not None:
        connection[1].close()
        with contextlib.suppress(OSError):
            await connection[1].wait_closed()


async def _one_stream(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    request: bytes,
    load: Load,
    leave_after: int | None,
    reset: bool,
) -> bool:
    """Send the request and read its stream; False when the connection was given up."""
    sent = time.perf_counter()
    writer.write(request)
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    load.statuses[status] += 1
    if status != 200:
        length = next(int(line[15:]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:"))
        await reader.readexactly(length)
        return True
    events = 0
    tail = b""
    while not tail.endswith(b"\r\n0\r\n\r\n"):
        data = await reader.read(65536)
        if not data:
            raise asyncio.IncompleteReadError(tail, None)
        if events == 0 and b"data: " in data:
            load.first_event.append(time.perf_counter() - sent)
        events += data.count(b"data: ")
        tail = (tail + data)[-16:]
        if leave_after is not None and events >= leave_after:
            load.disconnected += 1
            load.events += events
            if reset:
                writer.transport.abort()
            else:
                writer.close()
            return False
    load.events += events
    if events == EVENTS:
        load.completed += 1
    else:
        load.incomplete += 1
    return True


def _snapshot(running: Running, process: psutil.Process) -> Snapshot:
    report = httpx.get(f"{running.url}/_mock/health", headers={"Connection": "close"}).json()
    port = int(running.url.rsplit(":", 1)[1])
    sockets = [
        conn
        for conn in process.net_connections(kind="tcp")
        if conn.status != psutil.CONN_LISTEN and conn.laddr and conn.laddr.port == port
    ]
    return Snapshot(
        tasks=report["tasks"],
        in_flight=report["requests_in_flight"],
        connections=report["connections"],
        sockets=len(sockets),
        fds=process.num_fds(),
        rss=process.memory_info().rss,
    )


def _settle(running: Running, process: psutil.Process, idle: Snapshot) -> tuple[Snapshot, float]:
    """Wait until the server is back at its idle level (or the time is up); the last snapshot and the wait."""
    started = time.monotonic()
    while True:
        current = _snapshot(running, process)
        back = (current.tasks, current.in_flight, current.connections, current.fds) == (
            idle.tasks,
            idle.in_flight,
            idle.connections,
            idle.fds,
        )
        if back and current.sockets <= idle.sockets:
            return current, time.monotonic() - started
        if time.monotonic() - started > SETTLE_SECONDS:
            return current, time.monotonic() - started
        time.sleep(0.2)


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] * 1000 if ordered else float("nan")


def _report(
    args: argparse.Namespace,
    load: Load,
    idle: Snapshot,
    settled: Snapshot,
    settle_seconds: float,
    rss: list[tuple[float, int]],
    errors: list[str],
    loads: tuple[Any, Any],
) -> int:
    seconds = args.seconds
    server_errors = sum(count for status, count in load.statuses.items() if status >= 500)
    warm = [value for at, value in rss if at >= args.warmup]
    warm_level = warm[0] if warm else rss[-1][1]
    peak = max(warm) if warm else warm_level
    growth = peak / warm_level - 1
    leaked = (settled.tasks, settled.in_flight, settled.connections, settled.fds) != (
        idle.tasks,
        idle.in_flight,
        idle.connections,
        idle.fds,
    ) or settled.sockets > idle.sockets
    print(f"\n{args.clients} streaming clients for {seconds:.0f} s ({args.clients // DISCONNECT_SHARE} disconnecting")
    print(f"mid-stream), {TOKENS}-token streams at {DELAY_MS} ms per event; load average before {loads[0][0]:.2f},")
    print(f"after {loads[1][0]:.2f} (1 min).\n")
    first = load.first_event
    rows = [
        ("responses by status", dict(sorted(load.statuses.items()))),
        ("5xx", server_errors),
        (
            "streams completed / left mid-stream / incomplete",
            f"{load.completed} / {load.disconnected} / {load.incomplete}",
        ),
        ("streams/s, events/s", f"{(load.completed + load.disconnected) / seconds:.0f}, {load.events / seconds:.0f}"),
        ("client-side errors", dict(load.client_errors) or 0),
        (
            "first event p50 / p99 / max ms",
            f"{_percentile(first, 0.5):.1f} / {_percentile(first, 0.99):.1f} / {max(first, default=0) * 1000:.1f}",
        ),
        (
            f"RSS after warm-up ({args.warmup:.0f} s) / peak after / end MiB",
            f"{warm_level / 2**20:.1f} / {peak / 2**20:.1f} / {rss[-1][1] / 2**20:.1f}",
        ),
        ("RSS growth after warm-up", f"{growth:+.1%} (goal within {MEMORY_TOLERANCE:.0%})"),
        ("server log errors or tracebacks", len(errors)),
    ]
    print("| Figure | Value |")
    print("|---|---:|")
    for label, value in rows:
        print(f"| {label} | {value} |")
    print(f"\nIdle before: {idle.line()}")
    print(f"Idle after ({settle_seconds:.1f} s to settle): {settled.line()}")
    print("\nRSS over time (s: MiB): " + ", ".join(f"{at:.0f}: {value / 2**20:.1f}" for at, value in rss[::5]))
    for line in errors[:10]:
        print("server log:", line)
    failed = server_errors or leaked or growth > MEMORY_TOLERANCE or errors or load.incomplete
    print("\nresult:", "FAILED" if failed else "all goals met")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
