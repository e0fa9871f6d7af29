"""Build a project's sdist and wheel with `build` (no isolation: the backend is pinned in .venv) and check them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

from packaging.utils import canonicalize_name, parse_sdist_filename, parse_wheel_filename
from packaging.version import InvalidVersion, Version

from respan_publish._errors import PublishError


@dataclass(frozen=True)
class Distributions:
    """One release of a project: its wheel and sdist."""

    name: str  # canonical project name, e.g. "respan-gateway-client"
    version: Version
    wheel: Path
    sdist: Path

    @property
    def files(self) -> list[Path]:
        return [self.sdist, self.wheel]


def build_distributions(
    project: Path, outdir: Path, version: str, fix: str = "the generated client is stale, run `make generate`"
) -> Distributions:
    """Build `project`'s sdist and wheel into `outdir` (replacing files of the same name) and `twine check --strict`
    them.

    `version` is the spec's info.version: the project must declare it (else the error says `fix`).
    """
    expected = _version(version, "the spec's info.version")
    declared = _declared_version(project)
    if declared != expected:
        raise PublishError(
            f"{project / 'pyproject.toml'} declares version {declared} but the spec's info.version is {expected}: {fix}"
        )
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="respan-build-") as tmp:  # so that it holds this project's files alone
        command = [sys.executable, "-m", "build", "--no-isolation", "--outdir", tmp, str(project)]
        _run(command, f"building {project}")
        built = find_distributions(Path(tmp))
        for path in built.files:
            shutil.move(path, outdir / path.name)
    dists = Distributions(built.name, built.version, outdir / built.wheel.name, outdir / built.sdist.name)
    _run([sys.executable, "-m", "twine", "check", "--strict", *map(str, dists.files)], "twine check")
    return dists


def find_distributions(directory: Path) -> Distributions:
    """The single release (one wheel, one sdist of the same project and version) in `directory`."""
    wheels, sdists = sorted(directory.glob("*.whl")), sorted(directory.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        found = ", ".join(p.name for p in [*wheels, *sdists]) or "nothing"
        raise PublishError(f"{directory} must hold one wheel and one sdist of one release, found {found}")
    wheel_name, wheel_version, _, _ = parse_wheel_filename(wheels[0].name)
    sdist_name, sdist_version = parse_sdist_filename(sdists[0].name)
    if (wheel_name, wheel_version) != (sdist_name, sdist_version):
        raise PublishError(f"{wheels[0].name} and {sdists[0].name} are not the same release")
    return Distributions(canonicalize_name(wheel_name), wheel_version, wheels[0], sdists[0])


def _declared_version(project: Path) -> Version:
    pyproject = project / "pyproject.toml"
    try:
        declared = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise PublishError(f"cannot read project.version from {pyproject} ({exc}): run `make generate`") from exc
    return _version(str(declared), str(pyproject))


def _version(text: str, where: str) -> Version:
    try:
        return Version(text)
    except InvalidVersion:
        raise PublishError(f"{where}: {text!r} is not a valid package version (PEP 440)") from None


def _run(command: list[str], what: str) -> None:
    # As if the environment were activated: the uv_build backend looks for its `uv-build` binary on PATH.
    path = os.pathsep.join([sysconfig.get_path("scripts"), os.environ.get("PATH", "")])
    done = subprocess.run(command, capture_output=True, text=True, check=False, env={**os.environ, "PATH": path})
    if done.returncode != 0:
        output = (done.stdout + done.stderr).strip()
        raise PublishError(f"{what} failed:\n{output}")
