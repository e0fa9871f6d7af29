"""The mock and the contract kit as distributions of their own (mock/, contract/): each imports only what it
declares, declares only what it imports (ranges, within which the repo's pins lie), carries the spec of its version,
and is installed in .venv as an editable install of this checkout's code."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import tomllib
from importlib import metadata, util
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version
from respan_spec import load_spec
from respan_spec.copies import copy_paths, spec_text, stale_copies

REPO = Path(__file__).resolve().parents[2]
VERSION = str(load_spec()["info"]["version"])
# distribution -> (package, project directory)
SHIPPED = {"respan-mock": ("respan_mock", REPO / "mock"), "respan-contract": ("respan_contract", REPO / "contract")}
# Declared but never imported: uvicorn loads its event loop and HTTP parser by the names respan_mock._server gives
# (uvicorn.Config(loop="uvloop", http="httptools")).
LOADED_BY_NAME = {"respan-mock": {"uvloop", "httptools"}, "respan-contract": set()}


def _pyproject(distribution: str) -> dict[str, object]:
    project: dict[str, object] = tomllib.loads((SHIPPED[distribution][1] / "pyproject.toml").read_text())["project"]
    return project


def _requirements(distribution: str) -> list[Requirement]:
    """The distribution's dependencies, those of its extras included (respan-mock[pytest] for its plugin)."""
    project = _pyproject(distribution)
    dependencies = project["dependencies"]
    extras = project.get("optional-dependencies", {})
    assert isinstance(dependencies, list) and isinstance(extras, dict)
    return [Requirement(text) for text in [*dependencies, *(item for group in extras.values() for item in group)]]


def _imported_modules(package_dir: Path) -> dict[str, str]:
    """Top-level modules imported anywhere in the package (absolute imports, also inside functions) -> a file."""
    found: dict[str, str] = {}
    for path in sorted(package_dir.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], str(path.relative_to(REPO)))
    return found


@pytest.mark.parametrize("distribution", SHIPPED)
def test_the_declared_dependencies_are_exactly_what_the_package_imports(distribution: str) -> None:
    package, project = SHIPPED[distribution]
    providers = metadata.packages_distributions()
    imported: set[str] = set()
    unprovided: dict[str, str] = {}
    for module, where in _imported_modules(project / package).items():
        if module == package or module in sys.stdlib_module_names:
            continue
        if module not in providers:
            unprovided[module] = where
        imported |= {canonicalize_name(name) for name in providers.get(module, [])}
    assert unprovided == {}, "imported, but no installed distribution provides it"
    declared = {canonicalize_name(requirement.name) for requirement in _requirements(distribution)}
    assert imported - declared == set(), f"imported but not in {project.name}/pyproject.toml's dependencies"
    assert declared - imported - LOADED_BY_NAME[distribution] == set(), "declared but never imported"


@pytest.mark.parametrize("distribution", SHIPPED)
def test_dependencies_are_ranges_that_hold_the_pinned_versions(distribution: str) -> None:
    pins = {}
    for line in (REPO / "constraints.txt").read_text().splitlines():
        name, _, version = line.partition("==")
        pins[canonicalize_name(name)] = Version(version)
    for requirement in _requirements(distribution):
        operators = {spec.operator for spec in requirement.specifier}
        assert {">=", "<"} <= operators and "==" not in operators, f"{requirement}: a range, not a pin"
        pinned = pins[canonicalize_name(requirement.name)]
        assert requirement.specifier.contains(pinned), f"{requirement} excludes the tested {pinned}"


@pytest.mark.parametrize("distribution", SHIPPED)
def test_each_package_is_versioned_by_the_spec(distribution: str) -> None:
    assert _pyproject(distribution)["version"] == VERSION, (
        f"the spec's info.version is {VERSION}: set it in {SHIPPED[distribution][1].name}/pyproject.toml"
    )
    assert metadata.version(distribution) == VERSION  # the editable install is up to date (`make setup`)


@pytest.mark.parametrize("distribution", SHIPPED)
def test_the_tests_run_the_editable_install_of_this_checkout(distribution: str) -> None:
    package, project = SHIPPED[distribution]
    spec = util.find_spec(package)
    assert spec is not None and spec.origin == str(project / package / "__init__.py")
    direct_url = json.loads(metadata.distribution(distribution).read_text("direct_url.json") or "{}")
    assert direct_url == {"dir_info": {"editable": True}, "url": project.as_uri()}


def test_the_packaged_spec_copies_are_a_fresh_bundle_of_openapi() -> None:
    from respan_contract._spec import bundled_spec
    from respan_mock._spec import load_spec as mock_spec

    assert stale_copies() == [], "run `make setup` (or `python -m respan_spec copies`)"
    assert mock_spec() == load_spec() == bundled_spec()
    assert [path.read_text() for path in copy_paths()] == [spec_text()] * 2
    tracked = subprocess.run(["git", "ls-files", *map(str, copy_paths())], cwd=REPO, capture_output=True, text=True)
    assert tracked.stdout == ""  # build outputs, never committed


def test_the_yaml_reader_is_the_same_in_the_tooling_and_both_packages() -> None:
    copies = [REPO / "tooling/respan_spec/_yaml.py", REPO / "mock/respan_mock/_yaml.py"]
    copies.append(REPO / "contract/respan_contract/_yaml.py")
    assert len({path.read_text() for path in copies}) == 1


@pytest.mark.parametrize("distribution", SHIPPED)
def test_version_prints_the_package_and_the_spec_version(distribution: str) -> None:
    command = Path(sys.executable).with_name(distribution)  # the console script of the distribution
    done = subprocess.run([str(command), "--version"], capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout, done.stderr) == (0, f"{distribution} {VERSION} (spec {VERSION})\n", "")


def test_a_mock_without_its_spec_says_how_to_get_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from respan_mock import _spec
    from respan_mock.cli import main

    monkeypatch.setattr(_spec, "SPEC_FILE", tmp_path / "openapi.json")
    _spec._spec.cache_clear()
    try:
        with pytest.raises(SystemExit) as exited:
            main(["--version"])
        assert exited.value.code == 2
        err = capsys.readouterr().err
        assert err.startswith(f"respan-mock: cannot read the bundled spec {tmp_path / 'openapi.json'} (")
        assert "run `make setup`, else reinstall respan-mock" in err and err.count("\n") == 1
    finally:
        _spec._spec.cache_clear()
