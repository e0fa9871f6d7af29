"""The contract kit's run time against `respan-mock serve` on loopback: the full run users get (every property-test
phase at the default 100 examples, then every scenario) with the semantic checks, against the kit as it was before
them (shape only), measured in the same run in alternating rounds. Goal: at most 1.5x.

"Shape only" is the kit without its semantic parts: the semantic checks unregistered from Schemathesis, the
generation hook's asks left out (valid cases then ask only what they drew), and the semantic scenarios not run.

    .venv/bin/python bench/contract_runtime.py [--rounds 2] [--seed 1]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import time
from collections.abc import Iterator
from typing import Any
from unittest import mock

from hypothesis import strategies as st
from mock_servers import ROOT, mock_server
from respan_contract import Profile, RunOptions, Target, hooks, run
from respan_contract import checks as kit_checks
from respan_contract.scenarios import SCENARIOS
from respan_contract.scenarios.semantics import NAMES
from schemathesis.checks import CHECKS

PROFILES = ROOT / "contract" / "profiles"
API_KEY = "contract-key"  # in respan-mock.config.yaml


@contextlib.contextmanager
def shape_only() -> Iterator[tuple[str, ...]]:
    """The kit without its semantic checks, asks and scenarios; yields the scenarios to run."""

    def no_asks(kind: str, body: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
        return st.nothing()  # `st.just(body) | nothing` is the body as drawn

    for check in kit_checks.SEMANTIC_CHECKS:
        CHECKS.unregister(check.__name__)
    try:
        with mock.patch.object(hooks, "asks", no_asks):
            yield tuple(scenario.name for scenario in SCENARIOS if scenario.name not in NAMES)
    finally:
        for check in kit_checks.SEMANTIC_CHECKS:
            CHECKS.register(check)


def timed(url: str, seed: int, scenarios: tuple[str, ...] | None) -> tuple[float, int, bool]:
    options = RunOptions(seed=seed, scenarios=scenarios, profile=Profile.load(PROFILES / "respan-mock.yaml"))
    started = time.perf_counter()
    report = run(Target(base_url=url, api_key=API_KEY), options)
    return time.perf_counter() - started, report.generated_cases, report.ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    times: dict[str, list[float]] = {"shape only": [], "with semantics": []}
    with mock_server(config=PROFILES / "respan-mock.config.yaml") as running:
        for round_number in range(1, args.rounds + 1):
            for name in times:
                if name == "shape only":
                    with shape_only() as scenarios:
                        seconds, cases, ok = timed(running.url, args.seed, scenarios)
                else:
                    seconds, cases, ok = timed(running.url, args.seed, None)
                times[name].append(seconds)
                print(f"round {round_number} {name:<15} {seconds:6.1f} s  {cases} cases  {'ok' if ok else 'FAILED'}")
    before, after = (statistics.median(values) for values in times.values())
    print(f"\nload average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after")
    print(f"median: shape only {before:.1f} s, with semantics {after:.1f} s: {after / before:.2f}x (goal <= 1.5x)")
    return 0 if after <= 1.5 * before else 1


if __name__ == "__main__":
    raise SystemExit(main())
