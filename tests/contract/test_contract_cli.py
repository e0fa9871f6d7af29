"""`respan-contract` against live servers on loopback: the mock passes (exit 0, reports on disk, seed printed and
reusable), a broken mock fails (exit 1, a curl reproduction per failure), bad usage is a clear error (exit 2)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from respan_contract import CheckResult, Finding, RunReport
from respan_contract._report import junit_xml
from respan_contract._results import Status
from respan_contract._runner import RunOptions, run
from respan_contract._serve import serving
from respan_contract._target import Target
from respan_contract.cli import main
from respan_mock import MockConfig, running

from tests.contract.mutants import API_KEY, CONFIG, stream_without_done

PROFILE = "respan-mock"  # the shipped profile, by name
QUICK = ["--max-examples", "5", "--phases", "examples,fuzzing", "--api-key", API_KEY, "--profile", PROFILE]


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with running(MockConfig.from_file(CONFIG)) as url:
        yield url


def test_the_mock_passes_and_the_reports_are_written(
    mock_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["--base-url", mock_url, "--seed", "7", "--report-dir", str(tmp_path), *QUICK])
    out = capsys.readouterr().out
    assert status == 0, out
    assert "seed 7" in out and "Seed: 7 (repeat this run with --seed 7)" in out
    assert "passed           scenario auth" in out  # the progress display
    assert "0 failed, 0 not supported, 0 errors" in out  # the summary table's totals
    assert "shape: pass, semantics: pass, scenarios: pass" in out
    suites = ET.parse(tmp_path / "junit.xml").getroot()
    assert {suite.get("name") for suite in suites} == {"property", "checks", "scenario"}
    assert all(suite.get("failures") == "0" for suite in suites)
    # One test case per check and operation; the semantic checks apply to the operations they judge.
    cases = [case.get("name") for case in suites.iter("testcase") if case.get("classname", "").endswith("semantics")]
    assert "n_choices POST /api/chat/completions" in cases and "n_choices POST /api/responses" not in cases
    assert "usage_adds_up POST /api/chat/completions" in cases and "usage_adds_up POST /api/responses" in cases
    assert "Contract test of" in (tmp_path / "report.html").read_text()
    assert "No failure to reproduce." in (tmp_path / "reproduce.sh").read_text()


def test_without_a_seed_one_is_drawn_and_printed(
    mock_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["--base-url", mock_url, "--report-dir", str(tmp_path), "--no-property-tests", "--scenario", "auth", *QUICK])
    out = capsys.readouterr().out
    seed = out.split("Seed: ", 1)[1].split(" ", 1)[0]
    assert seed.isdigit() and f"seed {seed}" in out


def test_a_broken_mock_fails_with_curl_reproductions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with serving(stream_without_done()) as url:
        status = main(["--base-url", url, "--seed", "3", "--report-dir", str(tmp_path), *QUICK])
    out = capsys.readouterr().out
    assert status == 1, out
    assert "failed           scenario chat-stream-framing" in out
    script = (tmp_path / "reproduce.sh").read_text()
    assert "# scenario chat-stream-framing: chat stream: not framed as documented" in script
    assert 'curl -sS -X POST -H "Authorization: Bearer $RESPAN_API_KEY"' in script
    assert API_KEY not in script  # the key never lands in a report
    failures = ET.parse(tmp_path / "junit.xml").getroot().findall(".//failure")
    assert any("does not end with `data: [DONE]`" in (failure.text or "") for failure in failures)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--phases", "fuzzing,bogus"], "--phases: unknown phase(s) bogus"),
        (["--scenario", "nope"], "--scenario: unknown scenario(s) nope"),
        (["--profile", "/nonexistent/profile.yaml"], "bad profile: cannot read /nonexistent/profile.yaml"),
        (["--base-url", "localhost:8000"], "--base-url must be an http(s) URL"),
        (["--base-url", "http://"], "--base-url 'http://' names no host"),
        (["--base-url", "http://[::1"], "--base-url 'http://[::1' is not a valid URL"),
        (["--base-url", "http://127.0.0.1:99999"], "99999 is not a port number"),
        (["--phases", ","], "--phases: no phase given"),
        (["--request-timeout", "0"], "--request-timeout must be a positive number of seconds"),
        (["--request-timeout", "nan"], "--request-timeout must be a positive number of seconds"),
        (["--report-dir", __file__], f"--report-dir {__file__}: File exists"),
    ],
)
def test_bad_usage_is_a_clear_error(arguments: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--base-url", "http://127.0.0.1:9", *arguments]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"supports: [chat\n", "not valid YAML: line 2, column 1: expected ',' or ']'"),
        ("name: caf\u00e9".encode("latin-1"), "not UTF-8 text (byte 9)"),
        (b"lacks: " + b"[" * 5000 + b"]" * 5000, "not valid YAML: nested too deeply"),
    ],
)
def test_an_unreadable_profile_is_one_line_naming_the_file(
    tmp_path: Path, content: bytes, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / "profile.yaml"
    profile.write_bytes(content)
    assert main(["--base-url", "http://127.0.0.1:9", "--profile", str(profile)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"respan-contract: bad profile: {profile}: {message}")
    assert err.count("\n") == 1


def test_help_documents_the_options() -> None:
    result = subprocess.run([sys.executable, "-m", "respan_contract", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    for option in ("--base-url", "--api-key", "--prefix", "--seed", "--profile", "--report-dir", "--scenario"):
        assert option in result.stdout


@pytest.mark.parametrize("only", [[], ["--no-property-tests"]])
def test_an_unreachable_server_is_an_error_not_a_traceback(
    tmp_path: Path, only: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["--base-url", "http://127.0.0.1:9", "--report-dir", str(tmp_path), *QUICK, *only])
    err = capsys.readouterr().err
    assert status == 1
    assert err.startswith("respan-contract: cannot reach http://127.0.0.1:9: ") and "Connection refused" in err
    assert err.endswith("; nothing was tested\n") and err.count("\n") == 1
    assert not (tmp_path / "junit.xml").exists()


def test_scenarios_against_no_server_are_an_error_not_unsupported() -> None:
    """Through the library (no pre-flight): every probe failing to connect is one error, not 12 "not supported"."""
    report = run(Target(base_url="http://127.0.0.1:9"), RunOptions(property_tests=False))
    assert not report.ok
    assert [(result.name, result.status) for result in report.results] == [("probes", Status.ERROR)]
    assert "cannot reach the target" in report.results[0].detail


def test_the_junit_report_holds_any_finding() -> None:
    # A fuzzed body of one NUL byte in a curl reproduction made junit.xml unreadable (XML 1.0 cannot hold it).
    finding = Finding(
        "Custom check failed: `n_choices`", "- request /n vs answer /choices", "curl --data-binary '\x00'"
    )
    row = CheckResult("n_choices", "POST /api/chat/completions", "semantics", "n", Status.FAILED, 1, 1, 0, [finding])
    report = RunReport(target="t", seed=1, checks=[row])
    [failure] = ET.fromstring(junit_xml(report)).iter("failure")
    assert "curl --data-binary '\\x00'" in (failure.text or "")
