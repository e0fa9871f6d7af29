"""`python -m respan_spec diff BASE` on a real git repository: report, version gate, changelog."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from respan_spec import spec_root
from respan_spec.__main__ import main
from respan_spec.changelog import HEADER


def git(repo: Path, *args: str) -> None:
    identity = ["-c", "user.name=Test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false"]
    subprocess.run(["git", *identity, *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository holding a copy of this project's spec (as version 1.0.0, whatever the project's is) and a
    changelog, committed."""
    shutil.copytree(spec_root().parent, tmp_path / "openapi")
    root = tmp_path / "openapi" / "openapi.yaml"
    root.write_text(re.sub(r"(?m)^  version: .*$", "  version: 1.0.0", root.read_text()))
    (tmp_path / "CHANGELOG.md").write_text(HEADER + "\n## [1.0.0] - 2026-11-22\n\n### Added\n\n- First version.\n")
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "spec 1.0.0")
    return tmp_path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def run(repo: Path, *args: str) -> int:
    return main(["diff", *args, "--spec", str(repo / "openapi" / "openapi.yaml"), "--date", "2026-12-01"])


def add_optional_field(repo: Path) -> None:
    edit(
        repo / "openapi/components/respan.yaml",
        "      span_name:\n",
        "      trace_group:\n        type: string\n      span_name:\n",
    )


def remove_enum_value(repo: Path) -> None:
    edit(
        repo / "openapi/components/respan.yaml",
        "enum: [daily, weekly, monthly, yearly]",
        "enum: [daily, weekly, monthly]",
    )


def bump(repo: Path, version: str) -> None:
    edit(repo / "openapi/openapi.yaml", "version: 1.0.0", f"version: {version}")


def test_an_addition_with_a_minor_bump_passes_and_is_written_to_the_changelog(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_optional_field(repo)
    bump(repo, "1.1.0")
    assert run(repo, "main") == 0
    out = capsys.readouterr().out
    assert "1.0.0 (main) -> 1.1.0" in out
    assert "ok        RespanParams.trace_group: optional request field added" in out
    changelog = (repo / "CHANGELOG.md").read_text()
    assert "## [1.1.0] - 2026-12-01" in changelog
    assert (
        "- `RespanParams.trace_group`: optional request field added (createChatCompletion, createResponse)" in changelog
    )
    assert changelog.index("## [1.1.0]") < changelog.index("## [1.0.0]")


def test_a_breaking_change_without_a_major_bump_fails_and_writes_nothing(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    remove_enum_value(repo)
    bump(repo, "1.1.0")
    before = (repo / "CHANGELOG.md").read_text()
    assert run(repo, "main") == 1
    captured = capsys.readouterr()
    assert 'BREAKING  CustomerParams.budget_duration: enum values removed: "yearly"' in captured.out
    assert (
        "at createResponse request body application/json: respan_params.customer_params.budget_duration" in captured.out
    )
    assert "bump the major version (to 2.0.0)" in captured.err
    assert (repo / "CHANGELOG.md").read_text() == before


def test_a_breaking_change_with_a_major_bump_passes(repo: Path) -> None:
    remove_enum_value(repo)
    bump(repo, "2.0.0")
    assert run(repo, "main") == 0
    changelog = (repo / "CHANGELOG.md").read_text()
    assert '### Removed\n\n- **Breaking** `CustomerParams.budget_duration`: enum values removed: "yearly"' in changelog


def test_a_change_without_a_version_bump_fails(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_optional_field(repo)
    assert run(repo, "main") == 1
    assert "info.version is still 1.0.0" in capsys.readouterr().err


def test_no_change_passes_and_leaves_the_changelog_alone(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = (repo / "CHANGELOG.md").read_text()
    assert run(repo, "main") == 0
    assert "0 change(s), 0 breaking" in capsys.readouterr().out
    assert (repo / "CHANGELOG.md").read_text() == before


def test_an_unknown_ref_is_a_clear_error(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(repo, "no-such-branch") == 1
    assert capsys.readouterr().err.strip() == "error: unknown git ref 'no-such-branch'"


def test_a_ref_without_the_spec_is_a_clear_error(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    git(repo, "checkout", "-q", "--orphan", "empty")
    git(repo, "rm", "-q", "-r", "--cached", ".")
    git(repo, "commit", "-q", "--allow-empty", "-m", "nothing")
    git(repo, "checkout", "-q", "-f", "main")
    assert run(repo, "empty") == 1
    assert "openapi/ does not exist at git ref 'empty'" in capsys.readouterr().err


def test_a_broken_working_tree_spec_is_named_not_blamed_on_git(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "main", "--spec", str(repo / "missing.yaml")]) == 1
    assert capsys.readouterr().err == f"error: cannot read {repo / 'missing.yaml'}: No such file or directory\n"
    edit(repo / "openapi/openapi.yaml", "version: 1.0.0", "version: [1.0.0")
    assert run(repo, "main") == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {repo / 'openapi' / 'openapi.yaml'}: not valid YAML: line ")
    assert err.count("\n") == 1  # one line, not PyYAML's multi-line report


def test_a_spec_outside_git_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(spec_root().parent, tmp_path / "openapi")
    root = tmp_path / "openapi" / "openapi.yaml"
    assert main(["diff", "main", "--spec", str(root)]) == 1
    assert capsys.readouterr().err.startswith(f"error: {root} is not in a git work tree (")


def test_an_unwritable_changelog_is_a_clear_error(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_optional_field(repo)
    bump(repo, "1.1.0")
    assert run(repo, "main", "--changelog", str(repo)) == 1
    assert capsys.readouterr().err == f"error: cannot write {repo}: Is a directory\n"


def test_bundle_to_a_directory_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bundle", "-o", str(tmp_path)]) == 1
    assert capsys.readouterr().err == f"error: cannot write {tmp_path}: Is a directory\n"
