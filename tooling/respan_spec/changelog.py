"""CHANGELOG.md in keep-a-changelog style: one section per spec version, written from the spec's changes."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from respan_spec._change import Category, Change, group_changes

__all__ = ["HEADER", "render_section", "write_section"]

HEADER = """# Changelog

Changes to the Respan gateway API as described by the spec in `openapi/`. The client published as
`respan-gateway-client` carries the spec's `info.version`, so each section is also a client release.
The format follows [Keep a Changelog](https://keepachangelog.com/en/1.1.0/) and versions follow
[Semantic Versioning](https://semver.org/spec/v2.0.0.html): a **Breaking** change comes with a new major version.
Sections are written by `make spec-diff BASE=<git ref>`.
"""

_ORDER: tuple[Category, ...] = ("added", "changed", "deprecated", "removed")


def render_section(version: str, base_version: str, changes: list[Change], date: datetime.date) -> str:
    """The section of `version`: each distinct change once, with the operations it affects."""
    grouped = group_changes(changes)
    lines = [
        f"## [{version}] - {date.isoformat()}",
        "",
        f"Compared with {base_version}. **Breaking** marks a change that can break existing clients.",
    ]
    for category in _ORDER:
        entries = sorted((key for key in grouped if key[0] == category), key=lambda key: (not key[1], key[2], key[3]))
        if not entries:
            continue
        lines += ["", f"### {category.capitalize()}", ""]
        for key in entries:
            _, breaking, subject, message = key
            flag = "**Breaking** " if breaking else ""
            operations = sorted({change.operation for change in grouped[key]})
            lines.append(f"- {flag}`{subject}`: {message} ({', '.join(operations)})")
    return "\n".join(lines) + "\n"


def write_section(path: Path, version: str, section: str) -> None:
    """Put `section` into the changelog at `path`: replacing the section of `version`, else newest first."""
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER
    lines = text.splitlines(keepends=True)
    heading = re.compile(r"^## \[?([^\]\s]+)\]?")
    sections = [(i, match.group(1)) for i, line in enumerate(lines) if (match := heading.match(line))]
    own = [i for i, found in sections if found == version]
    if own:
        begin = own[0]
        end = next((i for i, _ in sections if i > begin), len(lines))
    else:
        begin = end = sections[0][0] if sections else len(lines)
    before = "".join(lines[:begin]).rstrip("\n") + "\n\n"
    after = "".join(lines[end:])
    path.write_text(before + section + ("\n" + after if after else ""), encoding="utf-8")
