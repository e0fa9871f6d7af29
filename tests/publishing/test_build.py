"""`make build` (python -m respan_publish build): the sdists and wheels of the client, the mock and the kit, the same
bytes on every run, versioned by the spec; the mock's and the kit's carry the bundled spec of openapi/ and only files
that git tracks."""

from __future__ import annotations

import hashlib
import subprocess
import tarfile
import tomllib
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from respan_publish import PublishError, build_distributions
from respan_publish._projects import Project, check_wheel, projects
from respan_spec import load_spec
from respan_spec.copies import spec_text

from .conftest import run_publish

REPO = Path(__file__).resolve().parents[2]
VERSION = str(load_spec()["info"]["version"])
NAMES = ("respan_gateway_client", "respan_mock", "respan_contract")


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """Two builds into two directories, and what the first printed."""
    first, second = tmp_path_factory.mktemp("first"), tmp_path_factory.mktemp("second")
    printed = run_publish(["--outdir", str(first), "build"])
    run_publish(["--outdir", str(second), "build"])
    return first, second, printed


def _digests(directory: Path) -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(directory.iterdir())}


def test_a_build_makes_the_three_releases_byte_identical_every_time(builds: tuple[Path, Path, str]) -> None:
    first, second, printed = builds
    expected = {f"{name}-{VERSION}{suffix}" for name in NAMES for suffix in ("-py3-none-any.whl", ".tar.gz")}
    assert set(_digests(first)) == expected
    assert _digests(first) == _digests(second)
    for name in ("respan-gateway-client", "respan-mock", "respan-contract"):
        assert f"built {name} {VERSION}:" in printed
    for filename, digest in _digests(first).items():
        assert f"{filename}  " in printed and f"sha256:{digest}" in printed


@pytest.mark.parametrize("package", ["respan_mock", "respan_contract"])
def test_the_mock_and_the_kit_carry_the_bundled_spec(builds: tuple[Path, Path, str], package: str) -> None:
    first, _, _ = builds
    with zipfile.ZipFile(first / f"{package}-{VERSION}-py3-none-any.whl") as wheel:
        assert wheel.read(f"{package}/openapi.json").decode() == spec_text()
        metadata = Parser().parsestr(wheel.read(f"{package}-{VERSION}.dist-info/METADATA").decode())
        entry_points = wheel.read(f"{package}-{VERSION}.dist-info/entry_points.txt").decode()
        names = wheel.namelist()
    with tarfile.open(first / f"{package}-{VERSION}.tar.gz") as sdist:
        member = sdist.extractfile(f"{package}-{VERSION}/{package}/openapi.json")
        assert member is not None and member.read().decode() == spec_text()  # a wheel built from the sdist has it
    assert metadata["Version"] == VERSION
    command = package.replace("_", "-")
    declared = tomllib.loads((REPO / command.removeprefix("respan-") / "pyproject.toml").read_text())
    requires = [Requirement(text) for text in metadata.get_all("Requires-Dist") or []]
    extras = declared["project"].get("optional-dependencies", {})
    expected = [Requirement(text) for text in declared["project"]["dependencies"]]
    expected += [Requirement(f'{text}; extra == "{extra}"') for extra, texts in extras.items() for text in texts]
    assert requires == expected  # the ranges, as declared (an extra's behind its marker)
    assert f"{command} = {package}.cli:main" in entry_points
    assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]


def test_the_kit_carries_its_profiles(builds: tuple[Path, Path, str]) -> None:
    first, _, _ = builds
    with zipfile.ZipFile(first / f"respan_contract-{VERSION}-py3-none-any.whl") as wheel:
        profiles = sorted(name for name in wheel.namelist() if "/profiles/" in name and not name.endswith("/"))
    assert profiles == [
        f"respan_contract/profiles/{name}"
        for name in ("litellm.yaml", "respan-gateway.yaml", "respan-mock.config.yaml", "respan-mock.yaml")
    ]


def _wheel(path: Path, files: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as wheel:
        for name, text in files.items():
            wheel.writestr(name, text)
    return path


@pytest.fixture
def tiny_repo(tmp_path: Path) -> Project:
    """A git checkout holding one tracked package, respan_x."""
    project = tmp_path / "x"
    (project / "respan_x").mkdir(parents=True)
    (project / "respan_x" / "__init__.py").write_text("")
    subprocess.run(["git", "init", "-q", str(project)], check=True)
    subprocess.run(["git", "-C", str(project), "add", "respan_x/__init__.py"], check=True)
    return Project(project, "fix", "respan_x")


def test_a_wheel_with_a_file_git_does_not_track_is_refused(tiny_repo: Project, tmp_path: Path) -> None:
    files = {"respan_x/__init__.py": "", "respan_x/openapi.json": spec_text(), "respan_x/scratch.html": "<p>"}
    files["respan_x-1.0.0.dist-info/METADATA"] = "Name: respan-x\n"
    check_wheel(
        _wheel(tmp_path / "ok.whl", {k: v for k, v in files.items() if "scratch" not in k}), tiny_repo, spec_text()
    )
    with pytest.raises(
        PublishError, match=r"(?s)would ship files that git does not track in .*\n  respan_x/scratch.html"
    ):
        check_wheel(_wheel(tmp_path / "stray.whl", files), tiny_repo, spec_text())


@pytest.mark.parametrize("spec", [None, '{"openapi": "3.1.0"}\n'])
def test_a_wheel_without_the_fresh_spec_is_refused(tiny_repo: Project, tmp_path: Path, spec: str | None) -> None:
    files = {"respan_x/__init__.py": ""} | ({"respan_x/openapi.json": spec} if spec is not None else {})
    with pytest.raises(PublishError, match=r"respan_x/openapi.json is missing or differs from the bundled spec"):
        check_wheel(_wheel(tmp_path / "w.whl", files), tiny_repo, spec_text())


@pytest.mark.parametrize("directory", ["mock", "contract"])
def test_a_package_not_at_the_spec_version_is_refused_before_building(directory: str, tmp_path: Path) -> None:
    project = next(project for project in projects(REPO, REPO / "generated") if project.directory.name == directory)
    with pytest.raises(PublishError) as refused:
        build_distributions(project.directory, tmp_path / "dist", "99.0.0", project.fix)
    assert str(refused.value) == (
        f"{REPO / directory / 'pyproject.toml'} declares version {VERSION} but the spec's info.version is 99.0.0: "
        f"set that version in {directory}/pyproject.toml"
    )
    assert not (tmp_path / "dist").exists()
