"""`respan-contract --spec FILE`: a run against another spec than the one the kit carries (a gateway ahead of the
release), named in the output and the reports; a file that is no usable spec is one line naming what is wrong."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from respan_contract._spec import bundled_spec
from respan_contract.cli import main
from respan_mock import MockConfig, running
from respan_spec import load_spec

from tests.contract.mutants import API_KEY, CONFIG

VERSION = str(load_spec()["info"]["version"])
QUICK = ["--api-key", API_KEY, "--max-examples", "3", "--phases", "examples", "--scenario", "auth"]


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with running(MockConfig.from_file(CONFIG)) as url:
        yield url


def _write(path: Path, spec: object) -> Path:
    path.write_text(json.dumps(spec) if path.suffix == ".json" else yaml.safe_dump(spec))
    return path


def test_without_spec_the_run_is_against_the_spec_of_the_release(
    mock_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--base-url", mock_url, "--report-dir", str(tmp_path), *QUICK]) == 0
    out = capsys.readouterr().out
    assert f"respan-contract: against spec {VERSION} (the spec of this release)" in out
    assert f"Contract test of {mock_url} against spec {VERSION} (seed " in out
    properties = ET.parse(tmp_path / "junit.xml").getroot().findall(".//property[@name='spec_version']")
    suites = ET.parse(tmp_path / "junit.xml").getroot().findall(".//testsuite")
    assert [prop.get("value") for prop in properties] == [VERSION] * len(suites)  # one per test suite
    assert f"<p>Spec {VERSION}; seed" in (tmp_path / "report.html").read_text()


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_a_newer_spec_file_is_what_the_run_tests_against(
    mock_url: str, tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same spec as 9.0.0, but a chat completion must now hold `x_ahead`: the mock, built for the release,
    passes the release's spec and fails this one."""
    spec = bundled_spec()
    spec["info"]["version"] = "9.0.0"
    spec["components"]["schemas"]["ChatCompletion"]["required"].append("x_ahead")
    path = _write(tmp_path / f"ahead{suffix}", spec)
    status = main(["--base-url", mock_url, "--report-dir", str(tmp_path / "reports"), "--spec", str(path), *QUICK])
    out = capsys.readouterr().out
    assert status == 1, out
    assert f"respan-contract: against spec 9.0.0 ({path})" in out
    assert re.search(r"failed +property +examples", out), out
    failures = ET.parse(tmp_path / "reports" / "junit.xml").getroot().findall(".//failure")
    assert any("x_ahead" in (failure.text or "") for failure in failures)


def _spec_with(change: str) -> object:
    spec = bundled_spec()
    if change == "openapi 3.0":
        spec["openapi"] = "3.0.3"
    elif change == "no version":
        del spec["info"]["version"]
    elif change == "no responses operation":
        del spec["paths"]["/api/responses"]
    elif change == "external ref":
        spec["paths"]["/api/extra"] = {"$ref": "paths/extra.yaml"}
    elif change == "dangling ref":
        spec["components"]["schemas"]["ChatCompletion"]["properties"]["id"] = {"$ref": "#/components/schemas/Nope"}
    elif change == "a list":
        return [spec]
    return spec


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("openapi 3.0", "`openapi` is '3.0.3': the kit tests OpenAPI 3.1 documents"),
        ("no version", "no info.version"),
        ("no responses operation", "no POST operation with operationId createResponse"),
        (
            "external ref",
            "the reference 'paths/extra.yaml' at /paths/~1api~1extra points outside the document: give one "
            "self-contained document (respan-openapi's `make bundle` writes build/openapi.json)",
        ),
        (
            "dangling ref",
            "the reference '#/components/schemas/Nope' at /components/schemas/ChatCompletion/properties/id "
            "points at nothing",
        ),
        ("a list", "not an OpenAPI document (not a mapping)"),
    ],
)
def test_a_spec_the_kit_cannot_use_is_one_line_naming_the_problem(
    tmp_path: Path, change: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path / "spec.json", _spec_with(change))
    assert main(["--base-url", "http://127.0.0.1:9", "--spec", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"respan-contract: bad spec: {path}: {message}") and err.count("\n") == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.json", None, "cannot read {path}: No such file or directory"),
        ("broken.json", b'{"openapi": ', "{path}: not valid JSON: line 1, column 13: Expecting value"),
        ("latin1.json", '{"x": "caf\u00e9"}'.encode("latin-1"), "{path}: not UTF-8 text (byte 10)"),
        (
            "broken.yaml",
            b"openapi: [3.1\n",
            "{path}: not valid YAML: line 2, column 1: expected ',' or ']', but got '<stream end>'",
        ),
        ("deep.json", b"[" * 100_000 + b"]" * 100_000, "{path}: not valid JSON: nested too deeply"),
    ],
)
def test_an_unreadable_spec_file_is_one_line_naming_it(
    tmp_path: Path, name: str, content: bytes | None, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    assert main(["--base-url", "http://127.0.0.1:9", "--spec", str(path)]) == 2
    err = capsys.readouterr().err
    assert err == f"respan-contract: bad spec: {message.format(path=path)}\n"
