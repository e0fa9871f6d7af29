"""The three distributions the repository releases, all versioned by the spec's info.version, and the checks of what
a built mock or kit wheel holds: the spec bundled from openapi/, and no file that git does not track."""

from __future__ import annotations

import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

from respan_publish._errors import PublishError

SPEC_FILE = "openapi.json"  # in the package of the mock and of the kit (written by respan_spec.copies)
# The other files respan_spec.copies writes into a package (gitignored, shipped): the mock's spec decisions page.
COPIED = {"respan_mock": ("static/spec-decisions.md",), "respan_contract": ()}


@dataclass(frozen=True)
class Project:
    directory: Path
    fix: str  # what to do when its declared version is not the spec's
    package: str | None = None  # the package that carries the bundled spec; None: the generated client


def projects(repo: Path, client: Path) -> list[Project]:
    return [
        Project(client, "the generated client is stale, run `make generate`"),
        Project(repo / "mock", "set that version in mock/pyproject.toml", "respan_mock"),
        Project(repo / "contract", "set that version in contract/pyproject.toml", "respan_contract"),
    ]


def check_wheel(wheel: Path, project: Project, spec_text: str) -> None:
    """The wheel of the mock or the kit carries the spec of openapi/ and only files that git tracks (besides it)."""
    assert project.package is not None
    with zipfile.ZipFile(wheel) as archive:
        names = [name for name in archive.namelist() if not name.endswith("/") and ".dist-info/" not in name]
        spec = f"{project.package}/{SPEC_FILE}"
        if spec not in names or archive.read(spec).decode("utf-8") != spec_text:
            raise PublishError(f"{wheel.name}: {spec} is missing or differs from the bundled spec of openapi/")
    tracked = set(_tracked_files(project.directory))
    copied = {f"{project.package}/{name}" for name in COPIED.get(project.package, ())}
    strays = sorted(name for name in names if name != spec and name not in tracked and name not in copied)
    if strays:
        listed = "\n".join(f"  {name}" for name in strays)
        raise PublishError(
            f"{wheel.name} would ship files that git does not track in {project.directory} (commit or delete them):\n"
            f"{listed}"
        )


def _tracked_files(directory: Path) -> list[str]:
    """Paths relative to `directory` of the files git tracks under it."""
    done = subprocess.run(["git", "-C", str(directory), "ls-files", "-z"], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise PublishError(f"cannot list the files git tracks in {directory}: {done.stderr.strip()}")
    return [name for name in done.stdout.split("\0") if name]
