"""Schemathesis in negative mode against `respan-mock serve` on loopback: invalid bodies and headers generated
from the spec (5,000 cases per operation by default, 10,000 in all), every default check (no 5xx, documented
status, conforming body and headers, invalid data rejected). Goal: no failure, no 5xx, nothing in the server's
log but uvicorn's warnings about requests it could not parse.

Generating negative cases of these large schemas is slow (about 10-25 cases/s per core here), so the two
operations run in two Schemathesis processes side by side, one per core, against one mock.

    .venv/bin/python bench/harden_schemathesis.py [--cases 5000] [--seed 1]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from mock_servers import PYTHON, ROOT, Running, log_problems, mock_server

OPERATIONS = ("/api/chat/completions", "/api/responses")
SCHEMATHESIS = PYTHON.parent / "schemathesis"


@dataclass(frozen=True)
class Outcome:
    path: str
    returncode: int
    cases: int
    seconds: float
    statuses: Counter[int]
    summary: str


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=5000, help="cases per operation")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="harden-schemathesis-"))
    spec = work / "openapi.json"
    subprocess.run([str(PYTHON), "-m", "respan_spec", "bundle", "-o", str(spec)], check=True, cwd=ROOT)
    log = work / "server.log"
    load_before = os.getloadavg()[0]
    with mock_server(log=log) as running:
        outcomes = _run_all(running, spec, work, args.cases, args.seed)
    problems = log_problems(log)
    unparsable = log.read_text(errors="replace").count("Invalid HTTP request received")
    return _report(args, outcomes, problems, unparsable, (load_before, os.getloadavg()[0]))


def _run_all(running: Running, spec: Path, work: Path, cases: int, seed: int) -> list[Outcome]:
    started = time.perf_counter()
    processes = []
    for index, path in enumerate(OPERATIONS):
        reports = work / f"reports-{index}"
        command = [
            *(str(SCHEMATHESIS), "run", str(spec), "--url", running.url, "--include-path", path),
            *("--header", "Authorization: Bearer mock-key", "--mode", "negative", "--phases", "fuzzing"),
            *("--max-examples", str(cases), "--seed", str(seed), "--no-color"),
            *("--report", "ndjson", "--report-dir", str(reports)),
        ]
        output = (work / f"schemathesis-{index}.txt").open("w")
        processes.append((path, reports, output, subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)))
    finished: dict[str, float] = {}
    while len(finished) < len(processes):  # each one's own duration: they do not end together
        for path, _, _, process in processes:
            if path not in finished and process.poll() is not None:
                finished[path] = time.perf_counter() - started
        time.sleep(0.5)
    outcomes = []
    for path, reports, output, process in processes:
        returncode = process.wait()
        output.close()
        seconds = finished[path]
        text = Path(output.name).read_text(errors="replace")
        statuses: Counter[int] = Counter()
        for report in reports.glob("*.ndjson"):
            statuses.update(int(code) for code in re.findall(r'"status_code":(\d+)', report.read_text()))
        generated = re.search(r"(\d+) generated", text)
        summary = text[text.find("Test cases:") :].strip() if "Test cases:" in text else text[-2000:]
        outcomes.append(
            Outcome(path, returncode, int(generated.group(1)) if generated else 0, seconds, statuses, summary)
        )
    return outcomes


def _report(
    args: argparse.Namespace, outcomes: list[Outcome], problems: list[str], unparsable: int, loads: tuple[float, float]
) -> int:
    print(f"\nSchemathesis negative mode, fuzzing phase, seed {args.seed}, {args.cases} cases per operation;")
    print(f"load average before {loads[0]:.2f}, after {loads[1]:.2f} (1 min).\n")
    print("| Operation | cases | seconds | cases/s | responses by status | result |")
    print("|---|---:|---:|---:|---|---|")
    for outcome in outcomes:
        result = "no failure" if outcome.returncode == 0 else f"FAILED (exit {outcome.returncode})"
        rate = outcome.cases / outcome.seconds
        statuses = dict(sorted(outcome.statuses.items()))
        print(f"| {outcome.path} | {outcome.cases} | {outcome.seconds:.0f} | {rate:.1f} | {statuses} | {result} |")
    total = sum(outcome.cases for outcome in outcomes)
    server_errors = sum(count for outcome in outcomes for status, count in outcome.statuses.items() if status >= 500)
    print(f"\ncases in all: {total}; 5xx: {server_errors}; server log errors or tracebacks: {len(problems)};")
    print(f"requests uvicorn could not parse (400 before the app, logged as warnings): {unparsable}")
    for outcome in outcomes:
        if outcome.returncode != 0:
            print(f"\n{outcome.path}:\n{outcome.summary}")
    for line in problems[:10]:
        print("server log:", line)
    failed = any(outcome.returncode for outcome in outcomes) or server_errors or problems
    print("\nresult:", "FAILED" if failed else "no failure")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
