"""The kit catches deliberately broken variants of the mock, and passes the unbroken mock. Each run is the kit as
users run it (property tests and scenarios, with the mock's profile), kept small: fuzzing with a few cases."""

from __future__ import annotations

import pytest
from respan_contract import Profile, RunOptions, RunReport, Status, Target, run

from tests.contract.mutants import API_KEY, MUTANTS, auth_crashes, mock_app

PROFILE = Profile.find("respan-mock")
OPTIONS = RunOptions(seed=5, max_examples=25, deterministic=True, phases=("examples", "fuzzing"), profile=PROFILE)

# mutant -> the scenario that must fail, and a text the property-test findings must hold (None: scenarios only)
EXPECTED: dict[str, tuple[str, str | None]] = {
    "wrong merge order": ("merge-order-headers", None),
    "legacy parameter names dropped": ("merge-order-body", None),
    "chat stream without [DONE]": ("chat-stream-framing", "chat_stream_terminated"),
    "500 on a malformed header": ("header-decoding", None),
    "auth ignored": ("auth", "API accepts requests without authentication"),  # Schemathesis' ignored_auth
    "a chunk that violates its schema": ("chat-stream-framing", "stream_events_conform"),
    "Responses stream out of order": ("responses-stream-framing", "responses_stream_ordered"),
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
    assert {result.name for result in report.results if result.suite == "scenario"} >= {e[0] for e in EXPECTED.values()}


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
