"""The contract kit against the plain mock for many seeds: the fuzzing and stateful phases (the generated ones)
with every check, shape and semantics, each seed a fresh in-process mock. Goal: the reference passes for every
seed (a schema-valid request the mock must refuse, such as one whose exclusions leave no model, is accepted only
as the spec documents it; see docs/spec-decisions.md).

    .venv/bin/python bench/contract_seeds.py [--seeds 50] [--first-seed 1000] [--max-examples 100] [--jobs 1]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.contract.mutants: the mock app as the kit's tests build it


@dataclass(frozen=True)
class SeedRun:
    seed: int
    seconds: float
    cases: int
    judged: int  # semantic verdicts (answers a semantic check applied to)
    failures: tuple[str, ...]  # "block: check: first line", with its curl on the next line


def run_seed(seed: int, max_examples: int) -> SeedRun:
    from respan_contract import RunOptions, Status, Target, run

    from tests.contract.mutants import API_KEY, mock_app

    options = RunOptions(seed=seed, max_examples=max_examples, phases=("fuzzing", "stateful"), scenarios=())
    started = time.perf_counter()
    report = run(Target(app=mock_app(), api_key=API_KEY), options)
    failures = tuple(
        f"{row.name}: {finding.title}: {finding.message.splitlines()[0][:160]}\n    {finding.curl}"
        for row in report.checks
        if row.status is Status.FAILED
        for finding in row.findings[:1]
    ) + tuple(f"{r.name}: {r.status.value}: {r.detail}" for r in report.results if r.status is Status.ERROR)
    judged = sum(row.judged for row in report.checks if row.family == "semantics")
    return SeedRun(seed, time.perf_counter() - started, report.generated_cases, judged, failures)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=int, default=50)
    parser.add_argument("--first-seed", type=int, default=1000)
    parser.add_argument("--max-examples", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=1, help="seeds run side by side (one process each)")
    args = parser.parse_args()
    seeds = range(args.first_seed, args.first_seed + args.seeds)
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    runs: list[SeedRun] = []
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for result in pool.map(run_seed, seeds, [args.max_examples] * len(seeds)):
            runs.append(result)
            verdict = "pass" if not result.failures else f"FAIL ({len(result.failures)})"
            print(
                f"seed {result.seed}: {verdict:<9} {result.cases:>5} cases, {result.judged:>5} semantic verdicts, "
                f"{result.seconds:6.1f} s",
                flush=True,
            )
            for failure in result.failures:
                print(f"  {failure}")
    failing = [result for result in runs if result.failures]
    elapsed = time.perf_counter() - started
    print(f"\nload average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after; {elapsed:.0f} s in all")
    print(
        f"{len(runs)} seeds ({seeds.start}..{seeds.stop - 1}), fuzzing + stateful at {args.max_examples} examples: "
        f"{len(runs) - len(failing)} passed, {len(failing)} failed; {sum(r.cases for r in runs)} generated cases, "
        f"{sum(r.judged for r in runs)} semantic verdicts"
    )
    return 1 if failing else 0


if __name__ == "__main__":
    raise SystemExit(main())
