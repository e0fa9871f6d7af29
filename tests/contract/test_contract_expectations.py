"""A profile's `expect_failures`: a listed check or scenario that fails is an expected failure, which neither fails
the run nor stops the exploration; one that passes is reported, so that the list does not rot."""

from __future__ import annotations

from dataclasses import replace

from respan_contract import Profile, RunOptions, Status, Target, run, summary_table
from respan_contract._report import junit_xml

from tests.contract.mutants import API_KEY, n_ignored, usage_miscounted
from tests.contract.test_contract_mutants import PROFILE

OPTIONS = RunOptions(seed=5, max_examples=10, deterministic=True, phases=("examples", "fuzzing"), scenarios=())


def _profile(**expected: str) -> Profile:
    return replace(PROFILE, expect_failures=expected)


def test_an_expected_property_failure_does_not_fail_the_run() -> None:
    options = replace(OPTIONS, profile=_profile(usage_adds_up="we bill by the old count", n_choices="stale entry"))
    report = run(Target(app=usage_miscounted(), api_key=API_KEY), options)
    assert report.ok, summary_table(report)
    usage = [row for row in report.checks if row.check == "usage_adds_up"]
    assert {row.status for row in usage} == {Status.EXPECTED_FAILURE}
    # Set aside, not stopped at: the check failed on every answer it judged, and the blocks went on to the end.
    assert all(row.failed == row.judged > 1 for row in usage)
    assert all(row.findings and row.findings[0].curl for row in usage)
    assert all(result.status is Status.PASSED for result in report.results)
    assert all(result.cases == 10 for result in report.results if result.name.startswith("fuzzing"))
    # A listed check that passes is reported as such.
    assert {row.status for row in report.checks if row.check == "n_choices"} <= {Status.UNEXPECTED_PASS, Status.SKIPPED}
    table = summary_table(report)
    assert "expected failure" in table and "expected to fail: we bill by the old count" in table
    assert "semantics: pass (1 expected)" in table
    xml = junit_xml(report).decode()
    assert 'message="expected failure: we bill by the old count"' in xml


def test_an_unlisted_failure_still_fails_the_run() -> None:
    options = replace(OPTIONS, profile=_profile(n_choices="one choice only"))
    report = run(Target(app=usage_miscounted(), api_key=API_KEY), options)
    assert not report.ok
    assert {row.status for row in report.checks if row.check == "usage_adds_up"} == {Status.FAILED}
    assert "semantics: 1 failure" in summary_table(report)


def test_an_expected_scenario_failure_and_a_stale_entry() -> None:
    profile = _profile(n_choices="one choice only", stop_sequences_absent="was broken once")
    options = replace(OPTIONS, property_tests=False, scenarios=("n_choices", "stop_sequences_absent"), profile=profile)
    report = run(Target(app=n_ignored(), api_key=API_KEY), options)
    statuses = {result.name: result.status for result in report.results}
    assert statuses == {"n_choices": Status.EXPECTED_FAILURE, "stop_sequences_absent": Status.UNEXPECTED_PASS}
    assert report.ok
    table = summary_table(report)
    assert "Listed under expect_failures but passed (remove from the profile): stop_sequences_absent" in table
