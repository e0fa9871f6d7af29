"""Validated non-stream chat throughput of the mock gateway at 50 connections (wrk, 2 threads) against
(a) a bare Starlette endpoint returning the same bytes under the same uvicorn settings (the ceiling) and
(b) Stoplight Prism mocking the same spec, all in one run. Each round measures every server one after the
other; the report gives medians. `mock, distinct bodies` makes every request body unique (no memoised answer).

    .venv/bin/python bench/mock_throughput.py [--rounds 3] [--seconds 10]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

import httpx
from mock_servers import BENCH, Running, WrkResult, ceiling_server, free_port, mock_server, server, wrk
from respan_spec import load_spec

PATH = "/api/chat/completions"
PRISM = BENCH / "node_modules" / ".bin" / "prism"
PRISM_VERSION = json.loads((BENCH / "package.json").read_text())["devDependencies"]["@stoplight/prism-cli"]
GOAL_OF_CEILING = 0.60
GOAL_OVER_PRISM = 3.0
LABELS = {
    "ceiling": "bare Starlette endpoint, canned bytes (ceiling)",
    "mock": "respan-mock, validated",
    "mock-distinct": "respan-mock, validated, distinct bodies",
    "prism": f"Prism {PRISM_VERSION} (`-v silent`)",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=10)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="mock-bench-"))
    spec = load_spec()
    request = spec["components"]["examples"]["ChatBasicRequest"]["value"]
    request_file = work / "request.json"
    request_file.write_text(json.dumps(request))
    distinct_file = work / "request-distinct.json"
    distinct = json.loads(json.dumps(request))
    distinct["messages"][-1]["content"] += " (__N__)"
    distinct_file.write_text(json.dumps(distinct))
    spec_file = work / "openapi.json"
    spec_file.write_text(json.dumps(spec))
    response_file = work / "response.json"
    with mock_server() as running:  # the ceiling returns the bytes of a real mock response to the same request
        answer = httpx.post(running.url + PATH, json=request, headers={"Authorization": "Bearer mock-key"})
        response_file.write_bytes(answer.content)
    targets: dict[str, tuple[Callable[[], AbstractContextManager[Running]], Path, bool]] = {
        "ceiling": (lambda: ceiling_server(response_file), request_file, False),
        "mock": (mock_server, request_file, False),
        "mock-distinct": (mock_server, distinct_file, True),
        "prism": (lambda: _prism(spec_file), request_file, False),
    }
    results: dict[str, list[WrkResult]] = {name: [] for name in targets}
    for round_number in range(1, args.rounds + 1):
        for name, (start, body, unique) in targets.items():
            with start() as running:
                wrk(running, PATH, body, 2, distinct=unique)  # warm-up
                result = wrk(running, PATH, body, args.seconds, distinct=unique)
            if result.errors and name != "prism":  # Prism's timeouts are reported, not fatal
                raise SystemExit(f"{name}: {result.errors} errors or non-2xx responses")
            results[name].append(result)
            print(
                f"round {round_number} {name:14} {result.requests_per_second:8.0f} req/s"
                f"  p50 {result.p50_ms:7.2f} ms  p99 {result.p99_ms:7.2f} ms"
                f"  server CPU {result.server_cpu_us:5.0f} us/request  errors {result.errors}",
                flush=True,
            )
    _report({name: _median(runs) for name, runs in results.items()}, request_file, response_file)


def _median(runs: list[WrkResult]) -> WrkResult:
    return WrkResult(
        statistics.median(run.requests_per_second for run in runs),
        statistics.median(run.p50_ms for run in runs),
        statistics.median(run.p99_ms for run in runs),
        sum(run.errors for run in runs),
        statistics.median(run.server_cpu_us for run in runs),
    )


def _report(medians: dict[str, WrkResult], request_file: Path, response_file: Path) -> None:
    sizes = f"{len(request_file.read_bytes())} B request, {len(response_file.read_bytes())} B response"
    print(f"\nPOST {PATH} ({sizes}), wrk 2 threads, 50 connections, medians:\n")
    print("| Server | req/s | p50 ms | p99 ms | server CPU µs/request | errors |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, label in LABELS.items():
        r = medians[name]
        print(
            f"| {label} | {r.requests_per_second:.0f} | {r.p50_ms:.2f} | {r.p99_ms:.2f} "
            f"| {r.server_cpu_us:.0f} | {r.errors} |"
        )
    mock = medians["mock"].requests_per_second
    of_ceiling = mock / medians["ceiling"].requests_per_second
    over_prism = mock / medians["prism"].requests_per_second
    print(f"\nmock / ceiling = {of_ceiling:.2f} (goal >= {GOAL_OF_CEILING})")
    print(f"mock / Prism = {over_prism:.1f}x (goal >= {GOAL_OVER_PRISM}x)")


def _prism(spec_file: Path) -> AbstractContextManager[Running]:
    port = free_port()
    command = [str(PRISM), "mock", str(spec_file), "--host", "127.0.0.1", "--port", str(port), "-v", "silent"]
    return server(command, port)


if __name__ == "__main__":
    main()
