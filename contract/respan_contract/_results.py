"""What a contract run found: one result per property-test block and per scenario, and the run as a whole."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Status(enum.StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    NOT_SUPPORTED = "not supported"
    ERROR = "error"


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


@dataclass
class RunReport:
    """A whole run against one target."""

    target: str
    seed: int
    spec_version: str = ""  # info.version of the spec the run tested against
    results: list[TestResult] = field(default_factory=list)
    # capability -> how the kit learned whether the target has it ("probed: ...", "profile: ...")
    capabilities: dict[str, tuple[bool, str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not any(result.status in (Status.FAILED, Status.ERROR) for result in self.results)

    def count(self, status: Status) -> int:
        return sum(result.status is status for result in self.results)

    @property
    def generated_cases(self) -> int:
        return sum(result.cases for result in self.results if result.suite == "property")
