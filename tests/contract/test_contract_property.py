"""The kit's property tests, in-process against the mock's ASGI app: every phase (examples, coverage, fuzzing with
valid and invalid data, stateful through the ContinueConversation link), every default check plus the kit's own,
derandomized, at least 2,000 generated cases, and zero failures."""

from __future__ import annotations

from respan_contract import RunOptions, Status, Target, run
from respan_contract.checks import CHECK_NAMES
from schemathesis.checks import CHECKS

from tests.contract.mutants import API_KEY, mock_app


def test_the_mock_passes_every_property_test() -> None:
    options = RunOptions(seed=20260101, max_examples=100, deterministic=True, scenarios=())
    report = run(Target(app=mock_app(), api_key=API_KEY), options)

    failures = {r.name: [f"{f.title}: {f.message}\n{f.curl}" for f in r.findings] for r in report.results if r.findings}
    assert report.ok, failures
    assert all(result.status is Status.PASSED for result in report.results)
    assert report.generated_cases >= 2000
    names = {result.name for result in report.results}
    for phase in ("examples", "coverage", "fuzzing"):
        assert {f"{phase} POST /api/chat/completions", f"{phase} POST /api/responses"} <= names
    stateful = next(result for result in report.results if result.name == "stateful")
    assert stateful.cases > 0
    # Invalid input too, in every generating phase: the mock must reject it (negative_data_rejection).
    for name in ("coverage POST /api/chat/completions", "fuzzing POST /api/responses", "stateful"):
        block = next(result for result in report.results if result.name == name)
        assert 0 < block.negative_cases < block.cases


def test_the_kit_checks_are_registered_with_schemathesis() -> None:
    assert set(CHECK_NAMES) <= set(CHECKS.get_all_names())
