"""`respan-contract`: run the contract kit against a live gateway (see `respan-contract --help`)."""

from __future__ import annotations

import argparse
import dataclasses
import math
import os
import sys
from pathlib import Path
from typing import Any

import httpx

from respan_contract._operations import SPEC_PREFIX
from respan_contract._profile import Profile, ProfileError, shipped_profiles
from respan_contract._property import PHASES
from respan_contract._report import progress_line, summary_table, write_reports
from respan_contract._results import TestResult
from respan_contract._runner import RunOptions, new_seed, run
from respan_contract._spec import SpecError, bundled_spec, read_spec, spec_version, version_text
from respan_contract._target import Target
from respan_contract.scenarios import SCENARIOS

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def parser() -> argparse.ArgumentParser:
    scenario_names = ", ".join(scenario.name for scenario in SCENARIOS)
    p = argparse.ArgumentParser(
        prog="respan-contract",
        description=(
            "Contract-test a Respan gateway implementation against the OpenAPI spec: Schemathesis property tests "
            "of POST chat/completions and POST responses (with stream and error checks), then gateway scenarios "
            "for the capabilities the server has (probed, or declared in a profile). Exits 1 when anything fails."
        ),
        epilog=f"Scenarios: {scenario_names}.",
    )
    p.add_argument("--version", action=_Version, help="print the version and that of the spec it carries, and exit")
    p.add_argument("--base-url", required=True, help="the server, e.g. http://127.0.0.1:8000")
    p.add_argument(
        "--api-key",
        default=os.environ.get("RESPAN_API_KEY"),
        help="sent as 'Authorization: Bearer KEY' (default: $RESPAN_API_KEY); without one, auth is not tested",
    )
    p.add_argument(
        "--prefix",
        default=SPEC_PREFIX,
        help=f"path prefix of the operations (default {SPEC_PREFIX}; '/v1' for OpenAI-style servers)",
    )
    p.add_argument("--seed", type=int, help="seed of the generated cases; a run prints its seed so it can be repeated")
    p.add_argument(
        "--profile",
        metavar="FILE|NAME",
        help="YAML profile: models, failing model, prompt, supported/lacking capabilities; or a shipped one by name: "
        + ", ".join(shipped_profiles()),
    )
    p.add_argument(
        "--spec",
        type=Path,
        metavar="FILE",
        help="test against this OpenAPI 3.1 document (one self-contained JSON or YAML file) instead of the spec "
        "the kit carries (see --version)",
    )
    p.add_argument(
        "--report-dir",
        type=Path,
        default=Path("reports/contract"),
        help="where junit.xml, report.html and reproduce.sh go (default reports/contract)",
    )
    p.add_argument(
        "--max-examples", type=int, default=100, help="generated cases per operation and phase (default 100)"
    )
    p.add_argument(
        "--phases", default=",".join(PHASES), help=f"property-test phases, comma-separated (default {','.join(PHASES)})"
    )
    p.add_argument("--no-property-tests", action="store_true", help="run only the scenarios")
    p.add_argument(
        "--scenario", action="append", dest="scenarios", metavar="NAME", help="run only this scenario (repeatable)"
    )
    p.add_argument("--no-scenarios", action="store_true", help="run only the property tests")
    p.add_argument("--name", default="", help="the target's name in reports (default: the base URL)")
    p.add_argument("--request-timeout", type=float, default=30.0, help="seconds per request (default 30)")
    return p


class _Version(argparse.Action):
    """argparse's `version` action, reading the bundled spec only when asked."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any) -> None:
        try:
            print(version_text())
        except SpecError as exc:
            parser.exit(EXIT_USAGE, f"respan-contract: {exc}\n")
        parser.exit()


def _options(args: argparse.Namespace) -> RunOptions:
    phases = tuple(phase.strip() for phase in args.phases.split(",") if phase.strip())
    if not phases and not args.no_property_tests:
        raise ValueError(f"--phases: no phase given; known: {', '.join(PHASES)}")
    unknown = sorted(set(phases) - set(PHASES))
    if unknown:
        raise ValueError(f"--phases: unknown phase(s) {', '.join(unknown)}; known: {', '.join(PHASES)}")
    known_scenarios = {scenario.name for scenario in SCENARIOS}
    unknown = sorted(set(args.scenarios or ()) - known_scenarios)
    if unknown:
        raise ValueError(
            f"--scenario: unknown scenario(s) {', '.join(unknown)}; known: {', '.join(sorted(known_scenarios))}"
        )
    if args.max_examples < 1:
        raise ValueError("--max-examples must be at least 1")
    if not (args.request_timeout > 0 and math.isfinite(args.request_timeout)):
        raise ValueError(f"--request-timeout must be a positive number of seconds, got {args.request_timeout}")
    _check_base_url(args.base_url)
    profile = Profile.find(args.profile) if args.profile else Profile()
    try:  # before the run, so that its results are not lost to a report directory that cannot be made
        args.report_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValueError(f"--report-dir {args.report_dir}: {exc.strerror or exc}") from None
    scenarios = () if args.no_scenarios else (tuple(args.scenarios) if args.scenarios else None)
    return RunOptions(
        seed=args.seed,
        max_examples=args.max_examples,
        phases=phases,
        property_tests=not args.no_property_tests,
        scenarios=scenarios,
        profile=profile,
        request_timeout=args.request_timeout,
    )


def _check_base_url(url: str) -> None:
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"--base-url must be an http(s) URL, got {url!r}")
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise ValueError(f"--base-url {url!r} is not a valid URL: {exc}") from None
    if not parsed.host:
        raise ValueError(f"--base-url {url!r} names no host")
    if parsed.port is not None and not 0 < parsed.port < 65536:
        raise ValueError(f"--base-url {url!r}: {parsed.port} is not a port number")


def _unreachable(url: str, timeout: float) -> str | None:
    """Why nothing answers at `url` (any HTTP answer will do), or None when something does."""
    try:
        httpx.get(url, timeout=timeout)
    except httpx.TransportError as exc:
        return str(exc) or type(exc).__name__
    return None


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        spec = read_spec(args.spec) if args.spec else bundled_spec()
    except SpecError as exc:
        print(f"respan-contract: bad spec: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        options = _options(args)
    except (ValueError, ProfileError) as exc:
        print(f"respan-contract: {exc}", file=sys.stderr)
        return EXIT_USAGE
    target = Target(
        base_url=args.base_url,
        api_key=args.api_key or None,
        prefix=args.prefix,
        name=args.name or (options.profile.name),
    )

    def show(result: TestResult) -> None:
        print(progress_line(result), flush=True)

    problem = _unreachable(args.base_url, options.request_timeout)
    if problem is not None:
        print(f"respan-contract: cannot reach {args.base_url}: {problem}; nothing was tested", file=sys.stderr)
        return EXIT_FAILED
    options = dataclasses.replace(options, seed=options.seed if options.seed is not None else new_seed())
    print(f"respan-contract: testing {target.label}, operations under '{args.prefix}', seed {options.seed}", flush=True)
    print(f"respan-contract: against spec {spec_version(spec)} ({args.spec or 'the spec of this release'})", flush=True)
    report = run(target, options, on_result=show, spec=spec)
    print()
    print(summary_table(report))
    try:
        paths = write_reports(report, args.report_dir)
    except OSError as exc:
        print(f"respan-contract: cannot write the reports to {args.report_dir}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"\nReports: {', '.join(str(path) for path in paths)}")
    print(f"Seed: {report.seed} (repeat this run with --seed {report.seed})")
    return EXIT_OK if report.ok else EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
