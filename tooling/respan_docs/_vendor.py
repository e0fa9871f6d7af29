"""Redoc's browser bundle, vendored into the mock's package (static/redoc.standalone.js) so that the mock can
serve its reference without Node: the file the pinned Redocly CLI inlines into `build-docs --inlineBundle`
pages, with the two images it would load from Redocly's CDN (the "API docs by" logo) replaced by inline ones.
A test compares the vendored file with what this module makes of node_modules, so a CLI upgrade without
`make vendor-redoc` fails."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Final
from urllib.parse import quote

ROOT: Final = Path(__file__).resolve().parents[2]
CLI: Final = ROOT / "node_modules" / "@redocly" / "cli"
SOURCE: Final = CLI / "lib" / "chunks" / "redoc.standalone.js"
VENDORED: Final = ROOT / "mock" / "respan_mock" / "static" / "redoc.standalone.js"


def _svg_url(width: int, text: str) -> str:
    svg = (
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='16' viewBox='0 0 {width} 16'>"
        "<text x='0' y='12.5' font-family='Helvetica,Arial,sans-serif' font-size='12' font-weight='700' "
        f"fill='%230044D4'>{text}</text></svg>"
    )
    return "data:image/svg+xml," + quote(svg, safe="/:='%,")


# (what the bundle says, what the vendored copy says): each must occur exactly once.
PATCHES: Final = (
    ("`https://cdn.redoc.ly/redoc/logo-mini-full.svg`", f"`{_svg_url(50, 'Redocly')}`"),
    ("`https://cdn.redoc.ly/redoc/logo-mini.svg`", f"`{_svg_url(10, 'R')}`"),
)


class VendorError(Exception):
    """The bundle is missing, or no longer has what a patch replaces."""


def vendored_bundle(source: Path = SOURCE) -> str:
    """The vendored file's text, made from the Redocly CLI's bundle at `source`."""
    if not source.is_file():
        raise VendorError(f"{source} not found: run `make setup` (npm ci installs the pinned Redocly CLI)")
    text = source.read_text(encoding="utf-8")
    for old, new in PATCHES:
        count = text.count(old)
        if count != 1:
            raise VendorError(
                f"{source}: expected {old} once, found it {count} times; the bundle changed: review PATCHES in "
                f"{Path(__file__).relative_to(ROOT)}"
            )
        text = text.replace(old, new)
    version = json.loads((source.parents[2] / "package.json").read_text(encoding="utf-8"))["version"]
    header = (
        f"/* Vendored by `make vendor-redoc` from @redocly/cli {version} lib/chunks/redoc.standalone.js (MIT),\n"
        " * its CDN images replaced by inline ones (tooling/respan_docs/_vendor.py). Do not edit. */\n"
    )
    return header + text


def vendor(source: Path = SOURCE, target: Path = VENDORED) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(vendored_bundle(source), encoding="utf-8")
    return target
