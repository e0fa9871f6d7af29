"""Mirror wheels' dependencies into a closed private index, so installs never need another index.

The index serves only what was uploaded to it (no fallback to PyPI): a name on it can never be answered by a
public package of the same name. Its dependencies therefore have to be put there, pinned and on purpose.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from packaging.utils import parse_wheel_filename

from respan_publish._errors import PublishError
from respan_publish._index import Index, released_versions, upload


def mirror_dependencies(wheels: list[Path], index: Index, constraints: Path | None = None) -> list[str]:
    """Download the wheels that `wheels` depend on (pinned by `constraints`), upload those the index lacks.

    Returns the file names uploaded.
    """
    with tempfile.TemporaryDirectory(prefix="respan-mirror-") as tmp:
        command = [sys.executable, "-m", "pip", "download", "--quiet", "--only-binary", ":all:", "--dest", tmp]
        command += ["--constraint", str(constraints)] if constraints else []
        done = subprocess.run([*command, *map(str, wheels)], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            names = ", ".join(wheel.name for wheel in wheels)
            raise PublishError(f"downloading the dependencies of {names} failed:\n{done.stderr.strip()}")
        missing = []
        for path in sorted(Path(tmp).glob("*.whl")):
            if path.name in {wheel.name for wheel in wheels}:
                continue
            name, version, _, _ = parse_wheel_filename(path.name)
            if version not in released_versions(index, name):
                missing.append(path)
        if missing:
            upload(index, missing)
        return [path.name for path in missing]
