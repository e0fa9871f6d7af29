"""Long fuzz runs (Hypothesis) of the targets in tests/hardening/fuzz_targets.py: the mock's request headers,
its JSON body path (validation, merge and all that follows, answers checked against the spec) and the client's
stream parsing, 100,000 inputs each by default. Goal: zero 5xx (other than injected), zero exceptions other
than the client's own errors. `make test` runs the same targets with 300 inputs each.

    .venv/bin/python -m bench.harden_fuzz [--examples 100000] [--targets headers,bodies,sse]

(Run as a module from the repository root: the targets live with the tests.)
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback

from tests.hardening.fuzz_targets import FUZZERS, Tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=100_000)
    parser.add_argument("--targets", default=",".join(FUZZERS), help="comma-separated: " + ", ".join(FUZZERS))
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.2f} (1 min)\n")
    print("| Target | inputs | seconds | inputs/s | result | most frequent outcomes |")
    print("|---|---:|---:|---:|---|---|")
    failures = 0
    details: dict[str, Tally] = {}
    for name in args.targets.split(","):
        started = time.perf_counter()
        tally = Tally()
        try:
            FUZZERS[name](args.examples, tally=tally)
            result = "no failure"
        except Exception:  # a falsifying input: Hypothesis has shrunk it and put it in the traceback
            failures += 1
            result = "FAILED"
            traceback.print_exc()
        seconds = time.perf_counter() - started
        outcomes = ", ".join(f"{outcome}: {count}" for outcome, count in tally.outcomes.most_common(6))
        print(f"| {name} | {tally.inputs} | {seconds:.0f} | {tally.inputs / seconds:.0f} | {result} | {outcomes} |")
        sys.stdout.flush()
        details[name] = tally
    for name, tally in details.items():
        every = ", ".join(f"{outcome}: {count}" for outcome, count in sorted(tally.outcomes.items()))
        print(f"\n{name}, every outcome: {every}")
    print(f"\nload average after: {os.getloadavg()[0]:.2f} (1 min)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
