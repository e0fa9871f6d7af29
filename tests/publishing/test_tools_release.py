"""The mock and the contract kit as another team gets them: `make publish` puts them on a closed index, and each
installs into a fresh virtual environment from that index alone, with none of this repository's development tools.
Then the installed `respan-mock serve` answers the unmodified openai SDK (from this repo's environment: the tools'
environments do not hold it), and the installed `respan-contract` passes against it and writes its reports."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest
from respan_spec import load_spec
from respan_spec.copies import spec_text

from .conftest import RunningIndex, install_from, pip_env

VERSION = str(load_spec()["info"]["version"])
DEV_TOOLS = {"openapi-python-client", "ruff", "mypy", "pypiserver", "twine", "build", "uv-build", "respan-openapi"}
CONTRACT_KEY = "contract-key"  # in the kit's shipped respan-mock.config.yaml


@pytest.fixture(scope="module")
def mock_python(released: tuple[RunningIndex, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    return install_from(released[0], tmp_path_factory.mktemp("mock-venv") / "venv", f"respan-mock=={VERSION}")


@pytest.fixture(scope="module")
def contract_python(released: tuple[RunningIndex, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    return install_from(released[0], tmp_path_factory.mktemp("kit-venv") / "venv", f"respan-contract=={VERSION}")


def _run(python: Path, code: str, *args: str) -> str:
    """`code` run by the environment's python, isolated (-I: not this checkout's modules); its stdout."""
    done = subprocess.run([str(python), "-I", "-c", code, *args], env=pip_env(), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _installed(python: Path) -> set[str]:
    listed = json.loads(
        _run(
            python,
            "import json, importlib.metadata as m; print(json.dumps(sorted({d.name for d in m.distributions()})))",
        )
    )
    return {name.lower().replace("_", "-") for name in listed}


@pytest.mark.parametrize(("tool", "other"), [("respan-mock", "respan-contract"), ("respan-contract", "respan-mock")])
def test_each_tool_installs_alone_without_the_development_tools(
    tool: str, other: str, mock_python: Path, contract_python: Path
) -> None:
    python = mock_python if tool == "respan-mock" else contract_python
    installed = _installed(python)
    assert tool in installed
    assert installed & (DEV_TOOLS | {other, "openai", "respan-gateway-client"}) == set()
    found = _run(
        python, "import importlib.util as u; print([m for m in ('respan_spec', 'respan_publish') if u.find_spec(m)])"
    )
    assert found == "[]\n"  # the repository's tooling is nowhere to import


@pytest.mark.parametrize("tool", ["respan-mock", "respan-contract"])
def test_the_installed_tool_carries_the_spec_of_its_release(
    tool: str, mock_python: Path, contract_python: Path
) -> None:
    python = mock_python if tool == "respan-mock" else contract_python
    package = tool.replace("-", "_")
    located = _run(python, f"import {package}; print({package}.__file__)")
    assert located.startswith(str(python.parents[1]))  # the installed copy, not this checkout's
    shipped = _run(
        python,
        f"import importlib.resources as r; print(r.files('{package}').joinpath('openapi.json').read_text(), end='')",
    )
    assert (
        shipped
        == spec_text()
        == (Path(__file__).resolve().parents[2] / "mock" / "respan_mock" / "openapi.json").read_text()
    )
    version = subprocess.run([str(python.with_name(tool)), "--version"], capture_output=True, text=True, env=pip_env())
    assert (version.returncode, version.stdout) == (0, f"{tool} {VERSION} (spec {VERSION})\n")


def test_the_installed_mock_prints_its_example_config(mock_python: Path) -> None:
    printed = subprocess.run(
        [str(mock_python.with_name("respan-mock")), "example-config"], capture_output=True, text=True, env=pip_env()
    )
    example = Path(__file__).resolve().parents[2] / "mock" / "respan_mock" / "config.example.yaml"
    assert (printed.returncode, printed.stdout) == (0, example.read_text())


@pytest.fixture
def served_mock(mock_python: Path, contract_python: Path, tmp_path: Path) -> Iterator[str]:
    """`respan-mock serve` of the installed mock, in the background as a CI job runs it, with the config that the
    kit's shipped respan-mock profile goes with; stopped by SIGTERM at the end, after which it shuts down cleanly."""
    config = _run(
        contract_python,
        "import importlib.resources as r; print(r.files('respan_contract') / 'profiles' / 'respan-mock.config.yaml')",
    ).strip()
    command = [str(mock_python.with_name("respan-mock")), "serve", "--port", "0", "--config", config, "--no-access-log"]
    server = subprocess.Popen(
        command, env=pip_env(), cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        banner = server.stdout.readline()  # "respan-mock: serving http://127.0.0.1:PORT (1 configured key(s)); ..."
        assert banner.startswith("respan-mock: serving http://127.0.0.1:"), banner + (
            server.stderr.read() if server.stderr else ""
        )
        base_url = banner.split()[2]
        for _ in range(200):  # wait until /_mock/health answers, as the CI recipe does (bounded)
            try:
                if httpx.get(f"{base_url}/_mock/health").json()["status"] == "ok":
                    break
            except httpx.TransportError:
                time.sleep(0.05)
        else:
            pytest.fail("the installed mock never answered /_mock/health")
        yield base_url
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            returncode = server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
            raise
        finally:
            stderr = server.stderr.read() if server.stderr else ""
            for stream in (server.stdout, server.stderr):
                if stream:
                    stream.close()
        # uvicorn shuts down gracefully, then re-raises the signal: the status a shell's `wait` shows as 143
        assert returncode == -signal.SIGTERM, stderr
        assert "Finished server process" in stderr and "Traceback" not in stderr


def test_the_installed_mock_answers_the_openai_sdk(served_mock: str) -> None:
    sdk = openai.OpenAI(base_url=f"{served_mock}/api", api_key=CONTRACT_KEY, max_retries=0)
    messages: list[openai.types.chat.ChatCompletionMessageParam] = [{"role": "user", "content": "Say hello."}]
    completion = sdk.chat.completions.create(model="gpt-4o-mini", messages=messages)
    assert completion.object == "chat.completion" and completion.choices[0].message.content
    chunks = list(sdk.chat.completions.create(model="gpt-4o-mini", messages=messages, stream=True))
    assert (
        "".join(chunk.choices[0].delta.content or "" for chunk in chunks if chunk.choices)
        == completion.choices[0].message.content
    )
    with sdk.responses.stream(model="gpt-4o-mini", input="Say hello.") as stream:
        final = stream.get_final_response()
    assert final.status == "completed" and final.output_text
    with pytest.raises(openai.BadRequestError) as rejected:  # validated against the spec it carries
        sdk.chat.completions.create(model="gpt-4o-mini", messages=messages, temperature=3)
    assert rejected.value.body is not None and "temperature" in json.dumps(rejected.value.body)
    with pytest.raises(openai.AuthenticationError):
        openai.OpenAI(base_url=f"{served_mock}/api", api_key="wrong", max_retries=0).chat.completions.create(
            model="gpt-4o-mini", messages=messages
        )


def test_the_installed_kit_passes_against_the_installed_mock(
    served_mock: str, contract_python: Path, tmp_path: Path
) -> None:
    reports = tmp_path / "reports"
    command = [str(contract_python.with_name("respan-contract")), "--base-url", served_mock, "--profile", "respan-mock"]
    command += ["--report-dir", str(reports), "--max-examples", "10", "--seed", "1"]
    env = {**pip_env(), "RESPAN_API_KEY": CONTRACT_KEY}
    done = subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"respan-contract: against spec {VERSION} (the spec of this release)" in done.stdout
    assert "0 failed, 0 not supported, 0 errors" in done.stdout
    suites = ET.parse(reports / "junit.xml").getroot()
    assert {suite.get("name") for suite in suites} == {"property", "scenario", "checks"}
    for suite in suites:
        assert int(suite.get("tests", "0")) > 0
        assert (suite.get("failures"), suite.get("errors")) == ("0", "0")
        # a check (one case per check and operation) that had nothing to judge in a short run is skipped
        assert suite.get("name") == "checks" or suite.get("skipped") == "0"
        assert suite.find("properties/property[@name='spec_version']").get("value") == VERSION  # type: ignore[union-attr]
    assert "<h1>Contract test of respan-mock</h1>" in (reports / "report.html").read_text()  # the profile names it
    assert os.access(reports / "reproduce.sh", os.X_OK)
