"""The client pipeline: spec -> overlays/spec -> catch-all union members -> annotations -> openapi-python-client
(+ overlays/templates) -> copy overlays/package -> ruff (the config's post_hooks) -> swap into generated/.

Everything is built in a scratch folder under build/ and moved into place only when every step succeeded: a
template error must not leave a half-written client behind.
"""

from __future__ import annotations

import filecmp
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from respan_spec import load_spec

from respan_codegen._annotate import annotate
from respan_codegen._lenient import (
    add_catch_all_members,
    allow_null_in_optional_answer_fields,
    keep_the_names_of_nullable_inline_schemas,
)
from respan_codegen._overlay import apply_overlay, load_overlay
from respan_codegen._templates import check_lock

REPO = Path(__file__).resolve().parents[2]
IGNORED = ("__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache")


class GenerationError(Exception):
    """A pipeline step failed; the message says which and why."""


def build_spec(repo: Path = REPO) -> dict[str, Any]:
    """The spec as the generator sees it: bundled, with overlays/spec applied in file-name order, its unions given
    catch-all members (lenient client), annotated."""
    spec = load_spec()
    for path in sorted((repo / "overlays" / "spec").glob("*.yaml")):
        apply_overlay(spec, load_overlay(path), name=path.relative_to(repo).as_posix())
    add_catch_all_members(spec)
    keep_the_names_of_nullable_inline_schemas(spec)
    allow_null_in_optional_answer_fields(spec)
    return annotate(spec)


def generate(destination: Path, repo: Path = REPO) -> None:
    """Regenerate the client project into `destination`, replacing what is there."""
    build = repo / "build"
    build.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="generate-", dir=build) as scratch:
        project = _build_project(Path(scratch), repo)
        _swap(project, destination)


def check(committed: Path, repo: Path = REPO) -> list[str]:
    """Differences between `committed` and a fresh generation, plus stale template overrides (empty = clean)."""
    problems = check_lock(repo / "overlays" / "templates")
    build = repo / "build"
    build.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="check-", dir=build) as scratch:
        fresh = _build_project(Path(scratch), repo)
        problems += _diff(fresh, committed)
    return problems


def _build_project(scratch: Path, repo: Path) -> Path:
    config = yaml.safe_load((repo / "generator-config.yaml").read_text(encoding="utf-8"))
    post_hooks = config.pop("post_hooks", [])
    config["post_hooks"] = []  # run below, once the runtime modules are in the package
    spec_path = scratch / "openapi.json"
    spec_path.write_text(json.dumps(build_spec(repo), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    config_path = scratch / "generator-config.yaml"
    config_path.write_text(yaml.safe_dump(config, sort_keys=True), encoding="utf-8")
    project = scratch / "project"
    _run(
        [
            *(sys.executable, "-m", "openapi_python_client", "generate", "--meta", "uv", "--fail-on-warning"),
            *("--path", str(spec_path), "--config", str(config_path)),
            *("--custom-template-path", str(repo / "overlays" / "templates"), "--output-path", str(project)),
        ],
        cwd=scratch,
        step="openapi-python-client",
    )
    _copy_runtime_modules(repo / "overlays" / "package", project / config["package_name_override"])
    # The changelog ships inside the package (its metadata's Changelog URL names the same file in this repo).
    shutil.copyfile(repo / "CHANGELOG.md", project / config["package_name_override"] / "CHANGELOG.md")
    for hook in post_hooks:
        _run(shlex.split(hook), cwd=project, step=f"post hook `{hook}`")
    return project


def _copy_runtime_modules(source: Path, package: Path) -> None:
    for module in sorted(source.glob("*.py")):
        target = package / module.name
        if target.exists():
            raise GenerationError(f"overlays/package/{module.name} would replace the generated {target.name}")
        shutil.copyfile(module, target)


def _run(command: list[str], *, cwd: Path, step: str) -> None:
    # Tools come from the interpreter's environment (the project's .venv), whatever PATH says.
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise GenerationError(f"{step} failed (exit {result.returncode}):\n{result.stdout}{result.stderr}")


def _swap(project: Path, destination: Path) -> None:
    old = destination.with_name(destination.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if destination.exists():
        destination.rename(old)
    shutil.move(project, destination)
    shutil.rmtree(old, ignore_errors=True)


def _diff(fresh: Path, committed: Path) -> list[str]:
    """One line per relative path present in only one tree, or whose bytes differ, in path order."""
    ours, theirs = _files(fresh), _files(committed)
    found = {name: "differs from what `make generate` produces" for name in ours & theirs}
    found = {name: why for name, why in found.items() if not filecmp.cmp(fresh / name, committed / name, shallow=False)}
    found |= {name: "missing (`make generate` produces it)" for name in ours - theirs}
    found |= {name: "not produced by `make generate` (a stray or hand-added file)" for name in theirs - ours}
    return [f"{name}: {found[name]}" for name in sorted(found)]


def _files(root: Path) -> set[str]:
    if not root.is_dir():
        return set()
    return {
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file() and not any(part in IGNORED or part.endswith(".egg-info") for part in path.parts)
    }
