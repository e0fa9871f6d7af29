"""What a contract run found: one result per property-test block and per scenario, one per check and operation,
and the run as a whole."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Status(enum.StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    NOT_SUPPORTED = "not supported"
    ERROR = "error"
    SKIPPED = "skipped"  # a check no case applied to (no request set its parameter)
    EXPECTED_FAILURE = "expected failure"  # failed, and the profile lists it under expect_failures
    UNEXPECTED_PASS = "unexpected pass"  # listed under expect_failures, yet passed: the list is out of date


# Statuses that do not fail a run.
_FINE = frozenset(
    {Status.PASSED, Status.NOT_SUPPORTED, Status.SKIPPED, Status.EXPECTED_FAILURE, Status.UNEXPECTED_PASS}
)


@dataclass(frozen=True)
class Finding:
    """One way the server broke the contract: what, why, and a curl command that shows it (when one request does)."""

    title: str
    message: str
    curl: str | None = None


@dataclass
class TestResult:
    """A property-test block (phase x operation) or a scenario, and its outcome."""

    suite: str  # "property" or "scenario"
    name: str
    status: Status
    capability: str | None = None
    detail: str = ""  # why not supported, or what went wrong
    findings: list[Finding] = field(default_factory=list)
    cases: int = 0  # generated cases, or requests sent by a scenario
    negative_cases: int = 0  # of the generated cases, those generated as invalid input
    seconds: float = 0.0
    expected: str | None = None  # the profile's reason, when it lists this scenario under expect_failures


@dataclass
class CheckResult:
    """One check on one operation over the whole property run: how many answers it judged, skipped and failed."""

    check: str
    operation: str  # "POST /api/chat/completions"
    family: str  # "shape" (Schemathesis' checks and the kit's stream and error checks) or "semantics"
    judges: str = ""  # the request parameter(s) a semantic check judges
    status: Status = Status.PASSED
    judged: int = 0
    failed: int = 0
    skipped: int = 0
    findings: list[Finding] = field(default_factory=list)
    expected: str | None = None  # the profile's reason, when it lists the check under expect_failures

    @property
    def name(self) -> str:
        return f"{self.check} {self.operation}"


@dataclass
class RunReport:
    """A whole run against one target."""

    target: str
    seed: int
    spec_version: str = ""  # info.version of the spec the run tested against
    results: list[TestResult] = field(default_factory=list)
    checks: list[CheckResult] = field(default_factory=list)
    # capability -> how the kit learned whether the target has it ("probed: ...", "profile: ...")
    capabilities: dict[str, tuple[bool, str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        statuses = [result.status for result in self.results] + [check.status for check in self.checks]
        return all(status in _FINE for status in statuses)

    def count(self, status: Status) -> int:
        return sum(result.status is status for result in self.results)

    @property
    def generated_cases(self) -> int:
        return sum(result.cases for result in self.results if result.suite == "property")
