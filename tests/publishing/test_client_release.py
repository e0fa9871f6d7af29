"""The real client, end to end: `python -m respan_publish` (what `make publish` runs) uploads it to a closed,
password-protected index; a fresh virtual environment installs it from that index alone and calls the mock."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from respan_mock import DEV_API_KEY, running
from respan_publish.__main__ import main
from respan_spec import load_spec

from .conftest import USER, RunningIndex, install_from, pip_env

REPO = Path(__file__).resolve().parents[2]
VERSION = str(load_spec()["info"]["version"])

CALL_THE_MOCK = """
import json, sys
from importlib import metadata, resources
import respan_gateway_client
from respan_gateway_client import create_client
from respan_gateway_client.api.chat import create_chat_completion
from respan_gateway_client.models import CreateChatCompletionRequest

client = create_client(api_key=sys.argv[2], base_url=sys.argv[1], max_retries=0)
body = CreateChatCompletionRequest.from_dict({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hi"}]})
completion = create_chat_completion.sync(client=client, body=body)
print(json.dumps({
    "module": respan_gateway_client.__file__,
    "version": metadata.version("respan-gateway-client"),
    "urls": metadata.metadata("respan-gateway-client").get_all("Project-URL"),
    "changelog": resources.files("respan_gateway_client").joinpath("CHANGELOG.md").read_text(),
    "completion": completion.to_dict(),
}))
"""


@pytest.mark.parametrize("name", ["respan-gateway-client", "respan-mock", "respan-contract"])
def test_publish_prints_what_it_uploaded(released: tuple[RunningIndex, str], name: str) -> None:
    index, printed = released
    stem = name.replace("-", "_")
    assert f"uploaded {name} {VERSION} to {index.url}:" in printed
    assert f"{stem}-{VERSION}-py3-none-any.whl" in printed
    assert f"{stem}-{VERSION}.tar.gz" in printed
    assert f"pip install --index-url {index.simple_url} {name}=={VERSION}" in printed
    on_index = {path.name for path in index.packages.iterdir()}
    assert {f"{stem}-{VERSION}-py3-none-any.whl", f"{stem}-{VERSION}.tar.gz"} <= on_index


@pytest.mark.parametrize("mirrored", ["httpx-", "starlette-", "uvloop-", "schemathesis-", "PyYAML-"])
def test_the_dependencies_of_the_three_are_mirrored(released: tuple[RunningIndex, str], mirrored: str) -> None:
    index, _ = released
    assert any(path.name.lower().startswith(mirrored.lower()) for path in index.packages.iterdir())


def test_the_client_installs_from_the_private_index_alone_and_calls_the_mock(
    released: tuple[RunningIndex, str], tmp_path: Path
) -> None:
    index, _ = released
    python = install_from(index, tmp_path / "venv", f"respan-gateway-client=={VERSION}")
    with running() as base_url:
        call = [str(python), "-I", "-c", CALL_THE_MOCK, base_url, DEV_API_KEY]
        ran = subprocess.run(call, env=pip_env(), capture_output=True, text=True, check=False, cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    result: dict[str, Any] = json.loads(ran.stdout)
    assert result["module"].startswith(str(tmp_path / "venv"))  # the installed copy, not this checkout's
    assert result["version"] == VERSION
    assert result["completion"]["object"] == "chat.completion"
    assert result["completion"]["choices"][0]["message"]["role"] == "assistant"
    assert result["completion"]["choices"][0]["message"]["content"]
    assert any(url.startswith("Changelog, ") and url.endswith("/CHANGELOG.md") for url in result["urls"])
    assert result["changelog"] == (REPO / "CHANGELOG.md").read_text()


def test_the_index_serves_no_name_it_was_not_given(released: tuple[RunningIndex, str], tmp_path: Path) -> None:
    """No fallback to PyPI: a public name (here `openai`) is not found, so none can shadow a private one."""
    index, _ = released
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-cache-dir", "--dest", str(tmp_path)]
    command += ["--index-url", index.authenticated_simple_url(), "openai"]
    done = subprocess.run(command, env=pip_env(), capture_output=True, text=True, check=False)
    assert done.returncode != 0
    assert "No matching distribution found for openai" in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_second_publish_of_the_same_version_is_refused(
    released: tuple[RunningIndex, str], tmp_path: Path, credentials: None, capsys: pytest.CaptureFixture[str]
) -> None:
    index, _ = released
    before = {path.name: path.stat().st_mtime_ns for path in index.packages.iterdir()}
    assert main(["--outdir", str(tmp_path / "dist"), "publish", "--index-url", index.url]) == 1
    error = capsys.readouterr().err
    assert f"respan-gateway-client {VERSION} is already on {index.simple_url}" in error
    assert "published versions are immutable" in error
    assert {path.name: path.stat().st_mtime_ns for path in index.packages.iterdir()} == before


def test_a_stale_client_is_refused_before_anything_is_built(
    private_index: RunningIndex, tmp_path: Path, credentials: None, capsys: pytest.CaptureFixture[str]
) -> None:
    stale = tmp_path / "generated"
    shutil.copytree(REPO / "generated", stale, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    with (stale / "respan_gateway_client" / "client.py").open("a") as edited:
        edited.write("# edited by hand\n")
    args = ["--client", str(stale), "--outdir", str(tmp_path / "dist"), "publish", "--index-url", private_index.url]
    assert main(args) == 1
    error = capsys.readouterr().err
    assert f"{stale} is stale against the spec; run `make generate`" in error
    assert "respan_gateway_client/client.py: differs from what `make generate` produces" in error
    assert not (tmp_path / "dist").exists()
    assert list(private_index.packages.iterdir()) == []


def test_build_refuses_a_stray_file_in_generated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dirty = tmp_path / "generated"
    shutil.copytree(REPO / "generated", dirty, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    (dirty / "respan_gateway_client" / "scratch.py").write_text("print('debugging')\n")  # would ship in the wheel
    assert main(["--client", str(dirty), "--outdir", str(tmp_path / "dist"), "build"]) == 1
    error = capsys.readouterr().err
    assert f"{dirty} is stale against the spec; run `make generate`" in error
    assert "respan_gateway_client/scratch.py: not produced by `make generate`" in error
    assert not (tmp_path / "dist").exists()


def test_a_wrong_password_is_a_clear_error(
    private_index: RunningIndex, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TWINE_USERNAME", USER)
    monkeypatch.setenv("TWINE_PASSWORD", "not the password")
    assert main(["--outdir", str(tmp_path / "dist"), "publish", "--index-url", private_index.url]) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"error: the index at {private_index.url} rejected the credentials of user '{USER}'")
    assert "check TWINE_USERNAME and TWINE_PASSWORD" in error
    assert list(private_index.packages.iterdir()) == []


def test_missing_credentials_are_a_clear_error(
    private_index: RunningIndex, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TWINE_USERNAME", raising=False)
    monkeypatch.delenv("TWINE_PASSWORD", raising=False)
    assert main(["publish", "--index-url", private_index.url]) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"error: no credentials for {private_index.url}: set TWINE_USERNAME and TWINE_PASSWORD")
