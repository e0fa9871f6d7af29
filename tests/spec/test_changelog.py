"""The changelog gets one keep-a-changelog section per spec version, each change listed once."""

from __future__ import annotations

import datetime
from pathlib import Path

from respan_spec.changelog import HEADER, render_section, write_section
from respan_spec.diff import Category, Change

DAY = datetime.date(2026, 11, 22)


def change(operation: str, subject: str, category: Category, message: str, breaking: bool) -> Change:
    return Change(operation, f"somewhere in {operation}", subject, category, message, breaking)


CHANGES = [
    change("createChat", "Params.x", "added", "optional request field added", False),
    change("createResponse", "Params.x", "added", "optional request field added", False),
    change("createChat", "Params.x", "added", "optional request field added", False),
    change("createChat", "Reason", "removed", 'enum values removed: "a"', True),
    change("createChat", "Params.t", "changed", "maximum lowered from 2 to 1", True),
    change("createChat", "Params.n", "changed", "maximum raised from 2 to 3", False),
]


def test_a_section_lists_each_change_once_under_its_category_with_the_operations() -> None:
    section = render_section("2.0.0", "1.0.0", CHANGES, DAY)
    assert section.startswith("## [2.0.0] - 2026-11-22\n")
    assert "Compared with 1.0.0." in section
    assert "- `Params.x`: optional request field added (createChat, createResponse)" in section
    assert section.count("Params.x") == 1
    added, changed, removed = section.index("### Added"), section.index("### Changed"), section.index("### Removed")
    assert added < changed < removed
    assert "### Deprecated" not in section  # empty categories are left out
    breaking_first = section.index("**Breaking** `Params.t`"), section.index("`Params.n`")
    assert breaking_first[0] < breaking_first[1]
    assert '- **Breaking** `Reason`: enum values removed: "a" (createChat)' in section


def test_a_new_changelog_starts_with_the_header(tmp_path: Path) -> None:
    path = tmp_path / "CHANGELOG.md"
    write_section(path, "1.1.0", render_section("1.1.0", "1.0.0", CHANGES[:1], DAY))
    text = path.read_text()
    assert text.startswith(HEADER)
    assert text.index("## [1.1.0]") > len(HEADER)


def test_sections_are_newest_first_and_a_rerun_replaces_its_own_section(tmp_path: Path) -> None:
    path = tmp_path / "CHANGELOG.md"
    path.write_text(HEADER + "\n## [1.0.0] - 2026-01-01\n\n### Added\n\n- First version.\n")
    write_section(path, "1.1.0", render_section("1.1.0", "1.0.0", CHANGES[:1], DAY))
    write_section(path, "2.0.0", render_section("2.0.0", "1.1.0", CHANGES[3:4], DAY))
    write_section(path, "1.1.0", render_section("1.1.0", "1.0.0", CHANGES[4:5], DAY))
    text = path.read_text()
    assert text.index("## [2.0.0]") < text.index("## [1.1.0]") < text.index("## [1.0.0]")
    assert text.count("## [1.1.0]") == 1
    assert "Params.t" in text and "Params.x" not in text  # the 1.1.0 section was rewritten
    assert text.endswith("- First version.\n")
    assert "\n\n\n" not in text
