"""The bundled spec copied into the packages that ship it (respan-mock, respan-contract): each package reads its own
`openapi.json` at run time, so an installed mock or kit carries the spec of its release. In a checkout the copies
are build outputs (gitignored), written from openapi/ by `make setup`, by the test session and by `make build`."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from respan_spec import load_spec, spec_root

_REPO = Path(__file__).resolve().parents[2]
# package directory of each distribution that ships the spec
PACKAGES = {"respan-mock": _REPO / "mock" / "respan_mock", "respan-contract": _REPO / "contract" / "respan_contract"}
FILE_NAME = "openapi.json"


def spec_text(root: Path | None = None) -> str:
    """The bundled spec as the packages carry it (and `make bundle` writes it): indented JSON, one final newline."""
    return json.dumps(load_spec(root or spec_root()), indent=2, ensure_ascii=False) + "\n"


def copy_paths() -> list[Path]:
    return [package / FILE_NAME for package in PACKAGES.values()]


def stale_copies(text: str | None = None) -> list[Path]:
    """The copies that are missing or differ from a fresh bundle of openapi/."""
    text = text if text is not None else spec_text()
    return [path for path in copy_paths() if not path.is_file() or path.read_text(encoding="utf-8") != text]


def write_copies() -> list[Path]:
    """Bring every copy up to date with openapi/; returns those written. Each is replaced whole (written beside it,
    then renamed), so a process reading it meanwhile sees the old or the new spec, never half of one."""
    text = spec_text()
    written = stale_copies(text)
    for path in written:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{FILE_NAME}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    return written
