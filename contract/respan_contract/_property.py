"""The Schemathesis part of a run: examples, coverage, fuzzing (positive and negative) and stateful testing of both
operations, with every default check plus the kit's own (shape and semantics), turned into `TestResult`s per block
as the engine reports them, and into a `CheckResult` per check and operation at the end."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import schemathesis
from schemathesis import GenerationMode
from schemathesis.checks import CHECKS
from schemathesis.engine import Status as EngineStatus
from schemathesis.engine import events, from_schema

from respan_contract import _verdicts, hooks
from respan_contract import checks as _checks  # noqa: F401  (registers the custom checks)
from respan_contract._formats import for_generation
from respan_contract._operations import operations, with_prefix
from respan_contract._results import CheckResult, Finding, Status, TestResult
from respan_contract._tally import CheckTally, reproduction
from respan_contract._target import Target

PHASES = ("examples", "coverage", "fuzzing", "stateful")
# Streams of the gateway are finite; read them whole so the stream checks judge their ends.
MAX_STREAM_EVENTS = 10_000
# Keys whose values never appear in reports (the rest is shown, so curl reproductions are exact).
_SECRET_KEYS = ["authorization", "api_key", "customer_credentials", "credential_override"]


@dataclass(frozen=True)
class PropertyOptions:
    seed: int
    max_examples: int = 100
    phases: tuple[str, ...] = PHASES
    # Derandomized generation: the same cases on every run, whatever the seed (for CI).
    deterministic: bool = False
    request_timeout: float = 30.0
    # check name -> why the target is known to fail it (the profile's `expect_failures`)
    expect_failures: Mapping[str, str] = field(default_factory=dict)


@dataclass
class PropertyRun:
    results: list[TestResult]
    checks: list[CheckResult]


def load_schema(spec: dict[str, Any], target: Target, options: PropertyOptions) -> schemathesis.BaseSchema:
    """The Schemathesis schema of `spec` for `target`, with the kit's generation hooks attached."""
    prefixed = for_generation(with_prefix(spec, target.prefix))
    config: dict[str, Any] = {
        "seed": options.seed,
        "workers": 1,
        "max-stream-events": MAX_STREAM_EVENTS,
        "request-timeout": options.request_timeout,
        "generation": {
            "mode": "all",
            "max-examples": options.max_examples,
            "deterministic": options.deterministic,
            # No example database in the user's directory: a run is repeated with its seed.
            "database": "none",
        },
        "phases": {phase: {"enabled": phase in options.phases} for phase in PHASES},
        "output": {
            "sanitization": {"keys-to-sanitize": _SECRET_KEYS, "sensitive-markers": ["credential"]},
            "truncation": {"enabled": False},
        },
    }
    if target.base_url is not None:
        config["base-url"] = target.base_url.rstrip("/")
    if target.api_key:
        # Through the security scheme, so Schemathesis also sends cases without or with a wrong key.
        config["auth"] = {"openapi": {"bearerAuth": {"bearer": target.api_key}}}
    schema = schemathesis.openapi.from_dict(prefixed, config=schemathesis.Config.from_dict(config))
    if target.app is not None:
        schema.app = target.app
    hooks.install(schema, prefixed)
    return schema


def run_property_tests(
    spec: dict[str, Any], target: Target, options: PropertyOptions, on_result: Callable[[TestResult], None]
) -> PropertyRun:
    """Run the engine; `on_result` hears of each block as it finishes (the progress display)."""
    schema = load_schema(spec, target, options)
    ledger = _verdicts.install(schema, options.expect_failures)
    collector = _Collector(on_result)
    collector.consume(from_schema(schema).execute())
    collector.tally.add_set_aside(ledger.entries)
    checks_config = schema.config.checks_config_for()
    names = [check.__name__ for check in CHECKS.get_all() if checks_config.get_by_name(name=check.__name__).enabled]
    labels = [f"POST {path}" for _, path, _ in operations(schema.raw_schema)]
    return PropertyRun(collector.results, collector.tally.results(names, labels, options.expect_failures))


class _Collector:
    """Folds engine events into one result per (phase, operation), and one for the whole stateful phase."""

    def __init__(self, on_result: Callable[[TestResult], None]) -> None:
        self.on_result = on_result
        self.results: list[TestResult] = []
        self._open: dict[str, TestResult] = {}
        self._started = time.monotonic()
        self.tally = CheckTally()

    def consume(self, stream: Iterable[events.EngineEvent]) -> None:
        for event in stream:
            if isinstance(event, events.ScenarioFinished) and event.status is not EngineStatus.SKIP:
                self._scenario(event)
            elif isinstance(event, events.PhaseFinished):
                self._flush(prefix=f"{event.phase.name.value} ")
            elif isinstance(event, events.NonFatalError):
                self._error(event)
            elif isinstance(event, events.FatalError):
                self._add(TestResult("property", "schemathesis", Status.ERROR, detail=str(event.exception)))
        self._flush(prefix="")

    def _scenario(self, event: events.ScenarioFinished) -> None:
        phase = event.phase.value
        name = phase if phase == "stateful" else f"{phase} {event.label}"
        result = self._open.setdefault(name, TestResult("property", name, Status.PASSED))
        result.cases += len(event.recorder.cases)
        result.negative_cases += sum(
            node.value.meta is not None and node.value.meta.generation.mode is GenerationMode.NEGATIVE
            for node in event.recorder.cases.values()
        )
        result.seconds += event.elapsed_time
        self.tally.add(event.recorder)
        for case_id in event.recorder.failing_case_ids():
            for check in event.recorder.checks[case_id]:
                info = check.failure_info
                if info is None:
                    continue
                finding = Finding(info.failure.title, info.failure.message, reproduction(event.recorder, case_id, info))
                if all((f.title, f.message) != (finding.title, finding.message) for f in result.findings):
                    result.findings.append(finding)
        if result.findings:
            result.status = Status.FAILED
        if event.status is EngineStatus.ERROR and result.status is Status.PASSED:
            result.status = Status.ERROR

    def _error(self, event: events.NonFatalError) -> None:
        name = f"{event.phase.value} {event.label}" if event.phase is not None else event.label
        result = self._open.setdefault(name, TestResult("property", name, Status.ERROR))
        result.status = Status.ERROR
        result.findings.append(Finding(event.info.title, event.info.message))

    def _flush(self, prefix: str) -> None:
        for name in [name for name in self._open if name.startswith(prefix)]:
            self._add(self._open.pop(name))

    def _add(self, result: TestResult) -> None:
        self.results.append(result)
        self.on_result(result)
