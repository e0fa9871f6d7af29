"""What fixtures cost the mock, in process (the ASGI app called directly, as `mock_pipeline.py` does): the µs per
request of today's pipeline (no fixture) next to the same requests with 1,000 fixtures loaded that none of them
matches (the synthetic answer, after the table was consulted), with a request that the 1,000th fixture answers, and
the table lookup alone. The 1,000 fixtures each want the user message to contain their own text (`user:` substring,
the common case); a second set of 1,000 `user: {regex: ...}` fixtures, which the table cannot index, shows the
linear scan the index avoids.

    .venv/bin/python bench/mock_fixtures.py [--requests 5000] [--rounds 7] [--fixtures 1000]
"""

from __future__ import annotations

import argparse
import gc
import json
import time
from typing import Any

from mock_pipeline import best_us
from respan_mock import MockConfig, create_app
from respan_mock._match import RequestView
from respan_mock._params import RespanParams
from respan_spec import load_spec
from starlette.applications import Starlette


def fixtures(count: int, *, regex: bool) -> list[dict[str, Any]]:
    def user(index: int) -> Any:
        text = f"order number {index:05d}"
        return {"regex": f"order number {index:05d}$"} if regex else text

    return [
        {"name": f"order-{index}", "match": {"model": "gpt-4o-mini", "user": user(index)}, "reply": f"Order {index}."}
        for index in range(count)
    ]


def app_with(definitions: list[dict[str, Any]], spec: dict[str, Any]) -> Starlette:
    app = create_app(MockConfig(), spec)
    app.state.fixtures.add_definitions(definitions, "bench")
    return app


def bodies(template: dict[str, Any], texts: list[str]) -> list[bytes]:
    result = []
    for text in texts:
        varied = json.loads(json.dumps(template))
        varied["messages"][-1]["content"] = text
        result.append(json.dumps(varied).encode())
    return result


def lookup_us(app: Starlette, texts: list[str], rounds: int) -> float:
    """µs per FixtureTable.find of a request with each user text, its RequestView included, as the gateway makes
    one per request (the best of `rounds` passes)."""
    find = app.state.fixtures.find
    body = {"model": "gpt-4o-mini"}
    conversations = [[{"role": "user", "content": text}] for text in texts]
    params = RespanParams()
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for conversation in conversations:
            find(RequestView("chat", body, conversation, params, {}, "gpt-4o-mini"))
        best = min(best, time.perf_counter() - started)
    return best / len(conversations) * 1e6


def interleaved_us(runs: list[tuple[Starlette, list[bytes]]], rounds: int) -> list[float]:
    """µs per request of each (app, bodies), the best of `rounds` rounds; every round runs each app once in turn,
    so that a change in the machine's load hits them alike."""
    best = [float("inf")] * len(runs)
    for _ in range(rounds):
        for position, (app, requests) in enumerate(runs):
            best[position] = min(best[position], best_us(app, requests, 1))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--fixtures", type=int, default=1000)
    args = parser.parse_args()
    spec = load_spec()
    template = spec["components"]["examples"]["ChatBasicRequest"]["value"]
    count = args.fixtures
    unmatched = [f"{template['messages'][-1]['content']} ({index})" for index in range(args.requests)]
    matched = [f"Where is my order number {count - 1:05d}" for _ in range(args.requests)]
    today = create_app(MockConfig(), spec)
    indexed = app_with(fixtures(count, regex=False), spec)
    scanned = app_with(fixtures(count, regex=True), spec)
    distinct = bodies(template, unmatched)
    last = bodies(template, matched)
    # As `respan-mock serve` does once it has loaded everything: what lives as long as the server (the spec, the
    # validators, the fixtures) stays out of the collector's full passes.
    gc.collect()
    gc.freeze()
    labels = [
        "today: no fixture",
        f"{count} fixtures (user contains), none matches",
        f"{count} fixtures (user contains), the last one matches",
    ]
    timed = interleaved_us([(today, distinct), (indexed, distinct), (indexed, last)], args.rounds)
    rows = list(zip(labels, timed, strict=True))
    rows.append(
        (f"{count} fixtures (user regex, not indexed), none matches", best_us(scanned, distinct[:500], args.rounds))
    )
    lookups = [
        (f"{count} fixtures (user contains), none matches", lookup_us(indexed, unmatched, args.rounds)),
        (f"{count} fixtures (user contains), the last one matches", lookup_us(indexed, matched, args.rounds)),
        (f"{count} fixtures (user regex, not indexed), none matches", lookup_us(scanned, unmatched, args.rounds)),
    ]
    baseline = rows[0][1]
    print(f"In-process ASGI calls, distinct bodies, {args.requests} requests, best of {args.rounds} rounds:\n")
    print("| App | µs/request | vs today |\n|---|---:|---:|")
    for label, value in rows:
        print(f"| {label} | {value:.1f} | {value / baseline:.2f}x |")
    print("\nThe fixture table's lookup alone (FixtureTable.find):\n")
    print("| Fixtures | µs/lookup |\n|---|---:|")
    for label, value in lookups:
        print(f"| {label} | {value:.2f} |")


if __name__ == "__main__":
    main()
