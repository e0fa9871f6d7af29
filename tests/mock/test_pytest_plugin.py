"""The pytest plugin, as an application's test suite uses it: pytest runs in a subprocess on a small project (its
own pytest.ini with fixture files), once plainly and once under pytest-xdist with two workers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

APP_TESTS = """
import json
import os
from pathlib import Path

import openai
import pytest
from respan_gateway_client import create_client
from respan_gateway_client.api.chat import create_chat_completion
from respan_gateway_client.models import CreateChatCompletionRequest, UserMessage

OUT = Path(os.environ["PLUGIN_TEST_OUT"])


def note(mock, name):
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    (OUT / f"{name}.json").write_text(json.dumps({"worker": worker, "base_url": mock.base_url, "pid": os.getpid()}))


@pytest.mark.parametrize("number", range(4))
def test_openai_sdk(respan_mock, number):
    assert respan_mock.requests == []
    assert [f["name"] for f in respan_mock.fixtures()] == ["from-file"]  # runtime ones of earlier tests are gone
    respan_mock.on(user="number", reply=f"Scripted {number}.")
    client = openai.OpenAI(max_retries=0)  # OPENAI_BASE_URL and OPENAI_API_KEY from the plugin
    answer = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "number?"}])
    assert answer.choices[0].message.content == f"Scripted {number}."
    from_file = client.responses.create(model="gpt-4o-mini", input="from the file please")
    assert from_file.output_text == "Loaded from a file."
    names = [entry["fixture"]["name"] for entry in respan_mock.requests]
    assert names == [respan_mock.fixtures()[1]["name"], "from-file"]
    note(respan_mock, f"sdk-{number}")


@pytest.mark.parametrize("number", range(4))
def test_generated_client(respan_mock, number):
    assert os.environ["RESPAN_BASE_URL"] == respan_mock.base_url
    respan_mock.on(reply="Generated client.")
    body = CreateChatCompletionRequest(model="gpt-4o-mini", messages=[UserMessage(role="user", content="Hi")])
    with create_client(max_retries=0) as client:  # RESPAN_BASE_URL and RESPAN_API_KEY from the plugin
        completion = create_chat_completion.sync(client=client, body=body)
    assert completion.choices[0].message.content == "Generated client."
    note(respan_mock, f"client-{number}")


def test_session_state_is_kept_1(respan_mock_session):
    respan_mock_session.on(name="kept", user="kept", reply="Kept.")


def test_session_state_is_kept_2(respan_mock_session):
    if os.environ.get("PYTEST_XDIST_WORKER"):
        pytest.skip("the two tests may run on different workers")
    assert "kept" in [f["name"] for f in respan_mock_session.fixtures()]
"""

INI = """
[pytest]
respan_mock_fixtures = fixtures
"""

FIXTURES = """
fixtures:
  - name: from-file
    match: {endpoint: responses, user: from the file}
    reply: Loaded from a file.
"""


def run_pytest(project: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PLUGIN_TEST_OUT": str(out)}
    for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "RESPAN_BASE_URL", "RESPAN_API_KEY", "PYTEST_ADDOPTS"):
        env.pop(name, None)
    for name in [name for name in env if name.startswith("PYTEST_XDIST_")]:  # when this suite runs under xdist
        env.pop(name)
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(project), *extra]
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "app"
    (root / "fixtures").mkdir(parents=True)
    (root / "fixtures" / "answers.yaml").write_text(textwrap.dedent(FIXTURES))
    (root / "pytest.ini").write_text(textwrap.dedent(INI))
    (root / "test_app.py").write_text(APP_TESTS)
    return root


def notes(out: Path) -> list[dict[str, object]]:
    return [json.loads(path.read_text()) for path in sorted(out.glob("*.json"))]


def test_plugin_in_one_process(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = run_pytest(project, out)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "10 passed" in result.stdout
    seen = notes(out)
    assert len(seen) == 8
    assert len({note["base_url"] for note in seen}) == 1  # one server for the session


def test_plugin_under_xdist_runs_one_server_per_worker(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = run_pytest(project, out, "-p", "xdist", "-n", "2")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "9 passed, 1 skipped" in result.stdout
    seen = notes(out)
    assert len(seen) == 8
    workers = {str(note["worker"]) for note in seen}
    assert workers == {"gw0", "gw1"}
    servers = {str(note["worker"]): note["base_url"] for note in seen}
    assert len(set(servers.values())) == 2
    for note in seen:  # every test talked to its own worker's server, in its own process
        assert note["base_url"] == servers[str(note["worker"])]
    assert len({note["pid"] for note in seen}) == 2
