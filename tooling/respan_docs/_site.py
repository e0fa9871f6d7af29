"""The static documentation site under build/docs/: index.html (the API reference of the bundled spec),
spec-decisions.html and openapi.json, every page self-contained so that it opens from the disk, offline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Final

from respan_mock._docs import decisions_page, reference_page
from respan_spec import load_spec

ROOT: Final = Path(__file__).resolve().parents[2]
DECISIONS: Final = ROOT / "docs" / "spec-decisions.md"
LINKS: Final = (
    ("Reference", "index.html"),
    ("Spec decisions", "spec-decisions.html"),
    ("openapi.json", "openapi.json"),
)


def build_site(output: Path, spec_root: Path | None = None) -> list[Path]:
    """Write the site into `output`; returns the files written."""
    spec = load_spec(spec_root)
    output.mkdir(parents=True, exist_ok=True)
    pages = {
        "index.html": reference_page(spec, links=LINKS, spec_url="openapi.json"),
        "spec-decisions.html": decisions_page(DECISIONS.read_text(encoding="utf-8"), links=LINKS),
        "openapi.json": json.dumps(spec, indent=2, ensure_ascii=False) + "\n",
    }
    written = []
    for name, text in pages.items():
        path = output / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
