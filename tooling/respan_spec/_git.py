"""Read the spec as it was at a git ref, without touching the working tree."""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from pathlib import Path
from typing import Any

from respan_spec._bundle import bundle


class GitRefError(Exception):
    """The spec cannot be read at the given git ref."""


def bundle_at_ref(ref: str, root: Path) -> dict[str, Any]:
    """The bundled spec whose root document is `root` (a file in a git work tree), as committed at `ref`."""
    if not ref or ref.startswith("-"):
        raise GitRefError(f"{ref!r} is not a git ref")
    root = root.resolve()
    try:
        top = Path(_git(root.parent, "rev-parse", "--show-toplevel").decode().strip())
    except GitRefError as exc:
        raise GitRefError(f"{root} is not in a git work tree ({exc})") from None
    spec_dir = root.parent.relative_to(top).as_posix()
    try:
        commit = _git(top, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").decode().strip()
    except GitRefError:
        raise GitRefError(f"unknown git ref {ref!r}") from None
    try:
        archive = _git(top, "archive", "--format=tar", commit, "--", spec_dir)
    except GitRefError:
        raise GitRefError(f"{spec_dir}/ does not exist at git ref {ref!r}") from None
    with tempfile.TemporaryDirectory(prefix="respan-spec-") as tmp:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        old_root = Path(tmp) / spec_dir / root.name
        if not old_root.is_file():
            raise GitRefError(f"{spec_dir}/{root.name} does not exist at git ref {ref!r}")
        return bundle(old_root)


def _git(cwd: Path, *args: str) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except OSError as exc:
        raise GitRefError(f"cannot run git: {exc}") from exc
    if done.returncode != 0:
        message = done.stderr.decode(errors="replace").strip() or f"git {args[0]} failed"
        raise GitRefError(message)
    return done.stdout
