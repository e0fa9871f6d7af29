"""The kit catches deliberately broken variants of the mock, and passes the unbroken mock. Each run is the kit as
users run it (property tests and scenarios, with the mock's profile), kept small: fuzzing with a few cases.

A semantic mutant answers in the right shape but ignores what the request asks; it must fail the scenario of the
check that judges it (whose requests ask for it every run) and nothing of the shape it keeps. The same rules judge
every generated case; whether a few dozen cases happen to ask for a parameter is chance, so only the scenarios'
verdicts are asserted here (the rules themselves are tested in test_contract_semantics.py)."""

from __future__ import annotations

import pytest
from respan_contract import Profile, RunOptions, RunReport, Status, Target, run
from respan_contract.scenarios.semantics import NAMES

from tests.contract.mutants import API_KEY, MUTANTS, SEMANTIC_MUTANTS, auth_crashes, mock_app

PROFILE = Profile.find("respan-mock")
OPTIONS = RunOptions(seed=5, max_examples=25, deterministic=True, phases=("examples", "fuzzing"), profile=PROFILE)
# A stream without its usage chunk also breaks the framing chat_stream_terminated checks.
ALSO_SHAPE = {"stream_usage_chunk": {"chat_stream_terminated"}}
SEMANTIC_OPTIONS = RunOptions(
    seed=5, max_examples=10, deterministic=True, phases=("examples", "fuzzing"), profile=PROFILE, scenarios=tuple(NAMES)
)

# mutant -> the scenario that must fail, and a text the property-test findings must hold (None: scenarios only)
EXPECTED: dict[str, tuple[str, str | None]] = {
    "wrong merge order": ("merge-order-headers", None),
    "legacy parameter names dropped": ("merge-order-body", None),
    "chat stream without [DONE]": ("chat-stream-framing", "chat_stream_terminated"),
    "500 on a malformed header": ("header-decoding", None),
    "auth ignored": ("auth", "API accepts requests without authentication"),  # Schemathesis' ignored_auth
    "a chunk that violates its schema": ("chat-stream-framing", "stream_events_conform"),
    "Responses stream out of order": ("responses-stream-framing", "responses_stream_ordered"),
    "hosted-tool events out of order": ("responses-hosted-tools", None),
    "hosted-tool events without item_id": ("responses-hosted-tools", None),
}


def _failed(report: RunReport) -> dict[str, str]:
    return {
        result.name: " ".join(f"{f.title} {f.message}" for f in result.findings)
        for result in report.results
        if result.status is Status.FAILED
    }


def test_the_unbroken_mock_passes() -> None:
    report = run(Target(app=mock_app(), api_key=API_KEY), OPTIONS)
    assert report.ok, _failed(report)
    assert report.count(Status.NOT_SUPPORTED) == 0
    scenarios = {result.name for result in report.results if result.suite == "scenario"}
    assert scenarios >= {e[0] for e in EXPECTED.values()} | set(SEMANTIC_MUTANTS)
    assert all(check.status in (Status.PASSED, Status.SKIPPED) for check in report.checks)


def test_every_semantic_check_has_a_mutant_and_a_scenario() -> None:
    from respan_contract._semantics import BY_NAME

    assert set(SEMANTIC_MUTANTS) == set(BY_NAME) == NAMES


@pytest.mark.parametrize("name", sorted(MUTANTS))
def test_a_broken_mock_is_caught(name: str) -> None:
    report = run(Target(app=MUTANTS[name](), api_key=API_KEY), OPTIONS)
    failed = _failed(report)
    assert not report.ok
    scenario, check = EXPECTED[name]
    assert scenario in failed, f"{scenario} did not fail; failures: {sorted(failed)}"
    if check is not None:
        property_findings = " ".join(
            text for result, text in failed.items() if " POST " in result or result == "stateful"
        )
        assert check in property_findings, f"no property-test finding names {check}: {sorted(failed)}"


@pytest.mark.parametrize("check", sorted(SEMANTIC_MUTANTS))
def test_a_gateway_that_ignores_the_request_is_caught(check: str) -> None:
    report = run(Target(app=SEMANTIC_MUTANTS[check](), api_key=API_KEY), SEMANTIC_OPTIONS)
    failed = _failed(report)
    assert not report.ok
    assert check in failed, f"the {check} scenario did not fail; failures: {sorted(failed)}"
    assert f"{check}: " in failed[check] and " vs answer " in failed[check]  # names the fields that disagree
    shape = {r.check for r in report.checks if r.family == "shape" and r.status is Status.FAILED}
    assert shape <= ALSO_SHAPE.get(check, set()), f"the mutant broke a shape check too: {shape}"


def test_a_scenario_goes_on_after_the_server_drops_its_connection() -> None:
    # The server answers 500 to a request without a key and then closes the connection: the scenario still sends
    # its other requests (an unknown key: 401, the kit's key: 200), so it fails on the 500 alone, not with an error.
    options = RunOptions(property_tests=False, scenarios=("auth",), profile=PROFILE)
    [result] = run(Target(app=auth_crashes(), api_key=API_KEY), options).results
    assert result.status is Status.FAILED, result.detail
    assert [finding.title for finding in result.findings] == [
        "chat: no Authorization header: expected HTTP 401",
        "responses: no Authorization header: expected HTTP 401",
    ]
    assert result.cases == 6
