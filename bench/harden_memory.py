"""Memory: requests that are all different (cache keys, rendered prompts, stored response ids, customers,
load-balancing weights, model names) against `respan-mock serve` with its default caps, then large ones (about
half a megabyte each, 2000 small messages: the most Python objects per byte). Every store the mock keeps is
capped, in entries and in bytes, so resident memory levels off once they are full and stays under `BOUND_MIB`
however many requests follow, and whatever their size. RSS (psutil, the server process) and the stores' sizes
(/_mock/health) are sampled along the way.

    .venv/bin/python bench/harden_memory.py [--requests 100000] [--large 1000] [--concurrency 16]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psutil  # type: ignore[import-untyped]  # no stubs
import uvloop
from mock_servers import Running, log_problems, mock_server
from respan_mock.config import Limits

BOUND_MIB = 150  # the stated bound: see bench/RESULTS.md for how it follows from the caps
SAMPLE_EVERY = 5000
KINDS = 5
CONFIG = """\
prompts:
  greeting:
    versions:
      1:
        messages:
          - {role: system, content: "You write short notes."}
          - {role: user, content: "Write to {{name}} about {{topic}}."}
"""


@dataclass
class Run:
    statuses: Counter[int] = field(default_factory=Counter)
    samples: list[tuple[int, int, dict[str, int]]] = field(default_factory=list)  # (requests, RSS, stores)
    response_ids: list[str] = field(default_factory=list)


def request(index: int, previous: str | None) -> tuple[str, dict[str, Any]]:
    """Request number `index`: every one differs from all others in what the mock keys or stores."""
    kind = index % KINDS
    text = f"Request {index}: tell me something new."
    if kind == 0:  # cached answer, customer with a rate-limit window and spend, a balancer state, a model name
        return "/api/chat/completions", {
            "model": f"model-{index}",
            "messages": [{"role": "user", "content": text}],
            "cache_enabled": True,
            "customer_params": {"customer_identifier": f"customer-{index}", "rate_limit": 100, "period_budget": 10},
            "load_balance_models": [{"model": "gpt-4o", "weight": 1}, {"model": f"model-{index}", "weight": 2}],
        }
    if kind == 1:  # a rendered prompt, cached
        variables = {"name": f"reader {index}", "topic": f"topic {index}"}
        return "/api/chat/completions", {
            "model": "gpt-4o-mini",
            "messages": [{"role": "user", "content": "(replaced by the prompt)"}],
            "prompt": {"prompt_id": "greeting", "variables": variables},
            "cache_enabled": True,
        }
    if kind == 2:  # a stored response; every other one continues the one before (conversations of two turns)
        body: dict[str, Any] = {"model": "gpt-4o-mini", "input": text}
        if previous is not None and index % (2 * KINDS) == 2 + KINDS:
            body["previous_response_id"] = previous
        return "/api/responses", body
    if kind == 3:  # a cached stream
        return "/api/chat/completions", {
            "model": "gpt-4o-mini",
            "messages": [{"role": "user", "content": text}],
            "stream": True,
            "cache_enabled": True,
            "customer_identifier": f"streamer-{index}",
        }
    return "/api/responses", {"model": "gpt-4o-mini", "input": text, "stream": True}  # a stored streamed response


def large_request(index: int) -> tuple[str, dict[str, Any]]:
    """About 530 kB: 2000 messages of 250 characters, to the chat endpoint (cached) or Responses (stored)."""
    messages = [{"role": "user", "content": f"{index}-{number} " + "word " * 48} for number in range(2000)]
    if index % 2 == 0:
        return "/api/chat/completions", {"model": "gpt-4o-mini", "messages": messages, "cache_enabled": True}
    return "/api/responses", {"model": "gpt-4o-mini", "input": messages}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--large", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="harden-memory-"))
    config = work / "config.yaml"
    config.write_text(CONFIG)
    log = work / "server.log"
    load_before = os.getloadavg()[0]
    with mock_server(config, log=log) as running:
        process = psutil.Process(running.pid)
        run = Run()
        run.samples.append((0, process.memory_info().rss, _stores(running)))
        uvloop.run(_drive(running, process, args.requests, args.concurrency, run, request))
        large = Run()
        large.samples.append((0, process.memory_info().rss, _stores(running)))
        uvloop.run(_drive(running, process, args.large, 2, large, lambda index, _: large_request(index), 100))
    errors = log_problems(log)
    return _report(args, run, large, errors, (load_before, os.getloadavg()[0]))


async def _drive(
    running: Running,
    process: psutil.Process,
    total: int,
    concurrency: int,
    run: Run,
    make: Callable[[int, str | None], tuple[str, dict[str, Any]]],
    sample_every: int = SAMPLE_EVERY,
) -> None:
    numbers = iter(range(total))
    done = 0
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(
        base_url=running.url, headers={"Authorization": "Bearer mock-key"}, limits=limits, timeout=60
    ) as http:

        async def worker() -> None:
            nonlocal done
            for index in numbers:
                previous = run.response_ids[-1] if run.response_ids else None
                path, body = make(index, previous)
                response = await http.post(path, json=body)
                run.statuses[response.status_code] += 1
                if path == "/api/responses" and response.status_code == 200 and not body.get("stream"):
                    run.response_ids = [response.json()["id"]]
                done += 1
                if done % sample_every == 0:
                    run.samples.append((done, process.memory_info().rss, _stores(running)))

        await asyncio.gather(*(worker() for _ in range(concurrency)))


def _stores(running: Running) -> dict[str, int]:
    stores: dict[str, int] = httpx.get(f"{running.url}/_mock/health").json()["stores"]
    return stores


def _report(args: argparse.Namespace, run: Run, large: Run, errors: list[str], loads: tuple[float, float]) -> int:
    limits = Limits()
    mib = 2**20
    print(f"\nLoad average before {loads[0]:.2f}, after {loads[1]:.2f} (1 min). Caps (defaults): request_log")
    print(f"{limits.request_log}, cache_entries {limits.cache_entries}, stored_responses {limits.stored_responses},")
    print(f"stored_bytes {limits.stored_bytes} (each of the three), customers {limits.customers}.")
    print(f"\n{args.requests} distinct requests ({KINDS} kinds in turn), {args.concurrency} at a time:\n")
    _table(run, every=max(1, len(run.samples) // 20))
    print(f"\nThen {args.large} large requests (about 530 kB each), 2 at a time:\n")
    _table(large, every=max(1, len(large.samples) // 10))
    peak = max(rss for _, rss, _ in run.samples + large.samples)
    half = next(rss for count, rss, _ in run.samples if count >= args.requests // 2)
    statuses = run.statuses + large.statuses
    print(f"\nresponses by status: {dict(sorted(statuses.items()))}; server log errors: {len(errors)}")
    print(
        f"peak RSS {peak / mib:.1f} MiB (bound {BOUND_MIB} MiB); distinct requests, half way to the end: "
        f"{(run.samples[-1][1] - half) / mib:+.1f} MiB"
    )
    failed = peak > BOUND_MIB * mib or set(statuses) != {200} or errors
    print("result:", "FAILED" if failed else "bound held")
    return 1 if failed else 0


def _table(run: Run, every: int) -> None:
    mib = 2**20
    print("| requests | RSS MiB | request log (kB) | cache (kB) | customer windows / spend | stored responses (kB) |")
    print("|---:|---:|---:|---:|---:|---:|")
    rows = run.samples[::every]
    if rows[-1] is not run.samples[-1]:
        rows.append(run.samples[-1])
    for count, rss, stores in rows:
        print(
            f"| {count} | {rss / mib:.1f} | {stores['request_log']} ({stores['request_log_bytes'] // 1000}) "
            f"| {stores['cache']} ({stores['cache_bytes'] // 1000}) "
            f"| {stores['customer_windows']} / {stores['customer_spend']} "
            f"| {stores['stored_responses']} ({stores['stored_responses_bytes'] // 1000}) |"
        )


if __name__ == "__main__":
    sys.exit(main())
