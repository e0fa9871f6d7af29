"""respan-contract: the contract-test kit of the Respan gateway API. Property tests (Schemathesis, with the kit's
stream and error checks and its semantic checks: the answer does what the request asks) and gateway scenarios
against any implementation, live or in-process.

    from respan_contract import RunOptions, Target, run

    report = run(Target(base_url="http://127.0.0.1:8000", api_key="mock-key"), RunOptions(seed=1))
    assert report.ok
"""

from respan_contract._profile import Profile, ProfileError, PromptFixture
from respan_contract._report import summary_table, write_reports
from respan_contract._results import CheckResult, Finding, RunReport, Status, TestResult
from respan_contract._runner import RunOptions, run
from respan_contract._target import Target

__all__ = [
    "CheckResult",
    "Finding",
    "Profile",
    "ProfileError",
    "PromptFixture",
    "RunOptions",
    "RunReport",
    "Status",
    "Target",
    "TestResult",
    "run",
    "summary_table",
    "write_reports",
]
