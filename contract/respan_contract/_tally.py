"""Per check and operation, over a whole property run: the answers a check judged, those it failed, and the
smallest request that shows each distinct failure. Schemathesis records a check's verdict per case (a check that
does not apply records nothing); the failures of checks the profile expects to fail come from the `Ledger`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from schemathesis.engine import Status as EngineStatus
from schemathesis.engine.recorder import Request, ScenarioRecorder

from respan_contract._curl import API_KEY_VARIABLE, replay_command
from respan_contract._results import CheckResult, Finding, Status
from respan_contract._semantics import BY_NAME
from respan_contract._verdicts import SetAside

# Distinct failures kept per check and operation (each with its smallest reproduction).
MAX_FINDINGS = 5


@dataclass
class _Tally:
    judged: set[str] = field(default_factory=set)
    failed: set[str] = field(default_factory=set)
    findings: dict[tuple[str, str], Finding] = field(default_factory=dict)

    def add_finding(self, finding: Finding) -> None:
        key = (finding.title, _gist(finding))
        kept = self.findings.get(key)
        if kept is None and len(self.findings) >= MAX_FINDINGS:
            return
        if kept is None or len(finding.curl or "") < len(kept.curl or ""):
            self.findings[key] = finding


def _gist(finding: Finding) -> str:
    """What tells failures of one check apart: a semantic failure's disagreeing fields (its first problem line up
    to the colon), else the whole message."""
    lines = finding.message.splitlines()
    if len(lines) > 1 and lines[1].startswith("- request "):
        return lines[1].split(": ", 1)[0]
    return finding.message


class CheckTally:
    def __init__(self) -> None:
        self._tallies: dict[tuple[str, str], _Tally] = {}
        self._responded: dict[str, set[str]] = {}

    def _tally(self, check: str, operation: str) -> _Tally:
        return self._tallies.setdefault((check, operation), _Tally())

    def add(self, recorder: ScenarioRecorder) -> None:
        """The verdicts of one scenario (a test of one operation, or a stateful sequence)."""
        for case_id, node in recorder.cases.items():
            operation = node.value.operation.label
            interaction = recorder.interactions.get(case_id)
            if interaction is not None and interaction.response is not None:
                self._responded.setdefault(operation, set()).add(case_id)
            for check in recorder.checks.get(case_id, []):
                tally = self._tally(check.name, operation)
                tally.judged.add(case_id)
                if check.status is EngineStatus.FAILURE and check.failure_info is not None:
                    tally.failed.add(case_id)
                    info = check.failure_info
                    tally.add_finding(
                        Finding(info.failure.title, info.failure.message, reproduction(recorder, case_id, info))
                    )

    def add_set_aside(self, entries: Iterable[SetAside]) -> None:
        for entry in entries:
            tally = self._tally(entry.check, entry.operation)
            tally.judged.add(entry.case_id)
            tally.failed.add(entry.case_id)
            tally.add_finding(Finding(entry.title, entry.message, entry.curl))

    def results(
        self, checks: Iterable[str], operations: Iterable[str], expected: Mapping[str, str]
    ) -> list[CheckResult]:
        rows = []
        for check in checks:
            semantic = BY_NAME.get(check)
            for operation in operations:
                if semantic is not None and not any(operation_kind(operation) == kind for kind in semantic.kinds):
                    continue
                tally = self._tallies.get((check, operation), _Tally())
                judged = len(tally.judged)
                rows.append(
                    CheckResult(
                        check=check,
                        operation=operation,
                        family="semantics" if semantic is not None else "shape",
                        judges=semantic.judges if semantic is not None else "",
                        status=Status.FAILED if tally.failed else Status.PASSED if judged else Status.SKIPPED,
                        judged=judged,
                        failed=len(tally.failed),
                        skipped=len(self._responded.get(operation, set()) - tally.judged),
                        findings=list(tally.findings.values()),
                        expected=expected.get(check),
                    )
                )
        return _with_expectations(rows)


def _with_expectations(rows: list[CheckResult]) -> list[CheckResult]:
    """Failures of listed checks are expected; a listed check that failed nowhere passed unexpectedly."""
    failing = {row.check for row in rows if row.status is Status.FAILED}
    for row in rows:
        if row.expected is None:
            continue
        if row.status is Status.FAILED:
            row.status = Status.EXPECTED_FAILURE
        elif row.status is Status.PASSED and row.check not in failing:
            row.status = Status.UNEXPECTED_PASS
    return rows


def operation_kind(operation: str) -> str:
    return "chat" if operation.endswith("/chat/completions") else "responses"


def reproduction(recorder: ScenarioRecorder, case_id: str, info: object) -> str | None:
    """curl commands of the failing request (and, for a stateful failure, of the requests before it), each
    replayable as it was sent: the key from the environment, credentials by placeholders of their type."""
    steps = [getattr(step, "case_id", None) for step in getattr(info, "steps", [])] or [case_id]
    interactions = [recorder.interactions.get(step) for step in steps if step is not None]
    if interactions and all(interaction is not None for interaction in interactions):
        return "\n".join(_replay(interaction.request) for interaction in interactions if interaction is not None)
    code_sample = getattr(info, "code_sample", "")
    return legacy_curl(code_sample) if code_sample else None


def _replay(request: Request) -> str:
    headers = [(name, values[0]) for name, values in request.headers.items() if values]
    return replay_command(request.method, request.uri, headers, request.body)


def legacy_curl(code_sample: str) -> str:
    """Schemathesis' curl commands, with the filtered key left to an environment variable."""
    return code_sample.replace("'Authorization: [Filtered]'", f'"Authorization: Bearer ${API_KEY_VARIABLE}"')
