"""The bundled spec copied into the packages that ship it (respan-mock, respan-contract): each package reads its own
`openapi.json` at run time, so an installed mock or kit carries the spec of its release; and the spec decisions
(docs/spec-decisions.md), which the mock shows beside its reference at /docs. In a checkout the copies are build
outputs (gitignored), written from openapi/ and docs/ by `make setup`, by the test session and by `make build`."""

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
DECISIONS = _REPO / "docs" / "spec-decisions.md"
DECISIONS_COPY = PACKAGES["respan-mock"] / "static" / "spec-decisions.md"


def spec_text(root: Path | None = None) -> str:
    """The bundled spec as the packages carry it (and `make bundle` writes it): indented JSON, one final newline."""
    return json.dumps(load_spec(root or spec_root()), indent=2, ensure_ascii=False) + "\n"


def copy_paths() -> list[Path]:
    return [package / FILE_NAME for package in PACKAGES.values()]


def stale_copies(text: str | None = None) -> list[Path]:
    """The copies that are missing or differ from a fresh bundle of openapi/ (and from docs/spec-decisions.md)."""
    wanted = _wanted(text if text is not None else spec_text())
    return [
        path for path, content in wanted.items() if not path.is_file() or path.read_text(encoding="utf-8") != content
    ]


def write_copies() -> list[Path]:
    """Bring every copy up to date with openapi/ and docs/; returns those written. Each is replaced whole (written
    beside it, then renamed), so a process reading it meanwhile sees the old or the new spec, never half of one."""
    wanted = _wanted(spec_text())
    written = stale_copies()
    for path in written:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(wanted[path])
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    return written


def _wanted(text: str) -> dict[Path, str]:
    return {**dict.fromkeys(copy_paths(), text), DECISIONS_COPY: DECISIONS.read_text(encoding="utf-8")}
