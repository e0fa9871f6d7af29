"""The generation pipeline: deterministic output, the committed generated/ check, the upstream-template lock."""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

import pytest
import respan_codegen.__main__ as cli
from respan_codegen import OverlayError, check, check_lock, generate
from respan_codegen.__main__ import main
from respan_codegen._generate import REPO
from respan_codegen._templates import LOCK_NAME, upstream_templates

GENERATED = REPO / "generated"


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One generation into a temporary folder, shared by the tests of this module."""
    target = tmp_path_factory.mktemp("gen") / "client"
    generate(target)
    return target


def tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_two_generations_are_byte_identical(fresh: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    generate(again)
    assert tree(again) == tree(fresh)


def test_the_committed_client_is_what_the_spec_produces(fresh: Path) -> None:
    comparison = filecmp.dircmp(fresh, GENERATED, ignore=["__pycache__"])
    assert tree(fresh) == tree(GENERATED), comparison.diff_files


def test_check_names_edited_added_and_missing_files(tmp_path: Path) -> None:
    copy = tmp_path / "generated"
    shutil.copytree(GENERATED, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "respan_gateway_client" / "client.py").write_text("# edited by hand\n")
    (copy / "respan_gateway_client" / "extra.py").write_text("")
    (copy / "README.md").unlink()
    problems = check(copy)
    assert problems == [
        "README.md: missing (`make generate` produces it)",
        "respan_gateway_client/client.py: differs from what `make generate` produces",
        "respan_gateway_client/extra.py: not produced by `make generate` (a stray or hand-added file)",
    ]


def test_the_runtime_modules_and_py_typed_ship_in_the_package(fresh: Path) -> None:
    package = fresh / "respan_gateway_client"
    for module in (REPO / "overlays" / "package").glob("*.py"):
        assert (package / module.name).is_file(), module.name
    assert (package / "py.typed").is_file()
    assert "httpx-sse" in (fresh / "pyproject.toml").read_text()


def test_stream_functions_exist_exactly_for_event_stream_operations(fresh: Path) -> None:
    api = fresh / "respan_gateway_client" / "api"
    modules = {p.stem: p.read_text() for p in api.rglob("*.py") if p.stem != "__init__"}
    assert set(modules) == {"create_chat_completion", "create_response"}
    for source in modules.values():
        assert "def stream_sync(" in source and "async def stream_asyncio(" in source


def test_the_recorded_upstream_templates_match_the_installed_generator() -> None:
    assert check_lock(REPO / "overlays" / "templates") == []


def test_a_changed_upstream_template_is_reported(tmp_path: Path) -> None:
    overrides = tmp_path / "templates"
    shutil.copytree(REPO / "overlays" / "templates", overrides)
    lock = overrides / LOCK_NAME
    lines = lock.read_text().splitlines()
    lines = [("0" * 64 + line[64:]) if line.endswith("model.py.jinja") else line for line in lines]
    lock.write_text("\n".join(lines) + "\n")
    (overrides / "errors.py.jinja").write_text((upstream_templates() / "errors.py.jinja").read_text())
    problems = check_lock(overrides)
    assert len(problems) == 2
    assert problems[0].startswith("errors.py.jinja: overrides an upstream template but is not recorded")
    assert problems[1].startswith("model.py.jinja: the upstream template changed in openapi-python-client")


def test_cli_writes_the_generators_view_of_the_spec(tmp_path: Path) -> None:
    target = tmp_path / "spec.json"
    assert main(["spec", "-o", str(target)]) == 0
    assert '"x-codegen-stream"' in target.read_text()


def test_cli_names_an_output_it_cannot_write(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "no" / "spec.json"
    assert main(["spec", "-o", str(target)]) == 1
    assert capsys.readouterr().err == f"error: cannot write {target}: No such file or directory\n"


def test_cli_reports_a_pipeline_error_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(destination: Path) -> None:
        raise OverlayError("overlays/spec/x.yaml: action 0 (target '$.nowhere'): the target selects nothing")

    monkeypatch.setattr(cli, "generate", broken)
    assert main(["generate"]) == 1
    assert capsys.readouterr().err == (
        "error: overlays/spec/x.yaml: action 0 (target '$.nowhere'): the target selects nothing\n"
    )
