"""A whole contract run: the property tests, then the capability probes and the scenarios."""

from __future__ import annotations

import secrets
import time
import traceback
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx

from respan_contract._probe import probe_capabilities
from respan_contract._profile import Profile
from respan_contract._property import PHASES, PropertyOptions, run_property_tests
from respan_contract._results import RunReport, Status, TestResult
from respan_contract._serve import serving
from respan_contract._spec import bundled_spec, spec_version
from respan_contract._streams import SchemaValidators
from respan_contract._target import Target
from respan_contract.scenarios import SCENARIOS, Scenario, Session


@dataclass(frozen=True)
class RunOptions:
    """`seed` None draws one (printed, so the run can be repeated with it); `deterministic` generates the same cases
    whatever the seed. `scenarios` None runs them all, else only those named."""

    seed: int | None = None
    max_examples: int = 100
    deterministic: bool = False
    phases: tuple[str, ...] = PHASES
    property_tests: bool = True
    scenarios: tuple[str, ...] | None = None
    profile: Profile = field(default_factory=Profile)
    request_timeout: float = 30.0


def new_seed() -> int:
    return secrets.randbelow(2**31)


def run(
    target: Target,
    options: RunOptions | None = None,
    on_result: Callable[[TestResult], None] = lambda result: None,
    spec: dict[str, Any] | None = None,
) -> RunReport:
    """Run the kit against `target`; `on_result` hears of each result as it is known (the progress display)."""
    options = options or RunOptions()
    spec = spec if spec is not None else bundled_spec()
    seed = options.seed if options.seed is not None else new_seed()
    report = RunReport(target=target.label, seed=seed, spec_version=spec_version(spec))

    def record(result: TestResult) -> None:
        report.results.append(result)
        on_result(result)

    if options.property_tests:
        property_options = PropertyOptions(
            seed=report.seed,
            max_examples=options.max_examples,
            phases=options.phases,
            deterministic=options.deterministic,
            request_timeout=options.request_timeout,
            expect_failures=options.profile.expect_failures,
        )
        report.checks = run_property_tests(spec, target, property_options, record).checks
    if options.scenarios is None or options.scenarios:
        with _client(target, options.request_timeout) as client:
            session = Session(client, target, options.profile, SchemaValidators(spec), spec=spec)
            try:
                report.capabilities = probe_capabilities(session)
            except httpx.HTTPError as exc:
                record(TestResult("scenario", "probes", Status.ERROR, detail=f"cannot reach the target: {exc}"))
                return report
            session.capabilities = frozenset(name for name, (has, _) in report.capabilities.items() if has)
            for scenario in SCENARIOS:
                if options.scenarios is None or scenario.name in options.scenarios:
                    result = _run_scenario(scenario, session, report.capabilities)
                    record(_expected(result, options.profile.expect_failures))
    return report


def _expected(result: TestResult, expect_failures: Mapping[str, str]) -> TestResult:
    """A scenario the profile expects to fail: its failure is expected, its pass unexpected (the list is stale)."""
    reason = expect_failures.get(result.name)
    if reason is not None:
        result.expected = reason
        if result.status is Status.FAILED:
            result.status = Status.EXPECTED_FAILURE
        elif result.status is Status.PASSED:
            result.status = Status.UNEXPECTED_PASS
    return result


# Each scenario request on a new connection: a server may close a kept-alive connection after answering (uvicorn
# does after an exception escapes the app, even once a 500 was sent), and the next POST on it would then fail with
# a reset instead of reaching the server. curl retries such a request; httpx does not, as a POST may not be repeated.
_NO_KEEPALIVE = httpx.Limits(max_keepalive_connections=0)


@contextmanager
def _client(target: Target, timeout: float) -> Iterator[httpx.Client]:
    """A client of the target; an in-process app is served on loopback for the scenarios' real HTTP."""
    if target.base_url is not None:
        with httpx.Client(base_url=target.base_url.rstrip("/"), timeout=timeout, limits=_NO_KEEPALIVE) as client:
            yield client
    else:
        with (
            serving(target.app) as base_url,
            httpx.Client(base_url=base_url, timeout=timeout, limits=_NO_KEEPALIVE) as client,
        ):
            yield client


def _run_scenario(scenario: Scenario, session: Session, capabilities: dict[str, tuple[bool, str]]) -> TestResult:
    result = TestResult("scenario", scenario.name, Status.PASSED, capability=scenario.capability)
    missing = [name for name in scenario.needs if not capabilities[name][0]]
    if missing:
        result.status = Status.NOT_SUPPORTED
        result.detail = "; ".join(f"{name}: {capabilities[name][1]}" for name in missing)
        return result
    session.findings, session.requests = [], 0
    started = time.monotonic()
    try:
        scenario.run(session)
    except httpx.HTTPError as exc:
        result.status, result.detail = Status.ERROR, f"request failed: {exc!r}"
    except Exception as exc:  # a scenario must report, never crash the run
        result.status, result.detail = Status.ERROR, "".join(traceback.format_exception_only(exc)).strip()
    result.seconds = time.monotonic() - started
    result.cases = session.requests
    result.findings = list(session.findings)
    if result.findings and result.status is Status.PASSED:
        result.status = Status.FAILED
    return result
