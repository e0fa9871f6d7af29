"""`python -m respan_spec bundle [-o FILE]`: write the bundled spec as JSON (stdout by default).
`python -m respan_spec diff BASE`: classify the API changes since git ref BASE, check info.version, write the changelog.
`python -m respan_spec drift`: what of the pinned openai SDK's surface the spec lacks (docs/spec-decisions.md excuses).
`python -m respan_spec draft TYPE...`: YAML drafts of openai SDK types (dotted names) the spec lacks.
`python -m respan_spec copies`: write the bundled spec into the packages that ship it (respan_mock, respan_contract).
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import sys
from pathlib import Path
from typing import Any

import yaml

from respan_spec import BundleError, load_spec, spec_root
from respan_spec._change import group_changes
from respan_spec._git import GitRefError, bundle_at_ref
from respan_spec.changelog import render_section, write_section
from respan_spec.copies import spec_text, write_copies
from respan_spec.diff import diff_specs, version_problems
from respan_spec.draft import Drafter
from respan_spec.drift import described_classes, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m respan_spec", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    bundle_cmd = sub.add_parser("bundle", help="write the spec as one self-contained JSON document")
    bundle_cmd.add_argument("--spec", type=Path, default=None, help="root document (default: openapi/openapi.yaml)")
    bundle_cmd.add_argument("-o", "--output", type=Path, default=None, help="output file (default: stdout)")
    diff_cmd = sub.add_parser("diff", help="classify the API changes since a git ref and write the changelog")
    diff_cmd.add_argument("base", help="git ref of the earlier spec (branch, tag or commit)")
    diff_cmd.add_argument("--spec", type=Path, default=None, help="root document (default: openapi/openapi.yaml)")
    diff_cmd.add_argument("--changelog", type=Path, default=None, help="default: CHANGELOG.md beside openapi/")
    diff_cmd.add_argument("--no-changelog", action="store_true", help="only report, write nothing")
    diff_cmd.add_argument("--date", type=datetime.date.fromisoformat, default=None, help="release date (YYYY-MM-DD)")
    sub.add_parser("drift", help="name what of the openai SDK's surface the spec lacks")
    draft_cmd = sub.add_parser("draft", help="print YAML drafts of openai SDK types the spec lacks")
    draft_cmd.add_argument("types", nargs="+", help="dotted names: openai.types.responses.ResponseFunctionWebSearch")
    sub.add_parser("copies", help="write the bundled spec into the respan_mock and respan_contract packages")
    args = parser.parse_args(argv)
    try:
        if args.command == "diff":
            return _diff(args)
        if args.command == "drift":
            return _drift()
        if args.command == "draft":
            return _draft(args.types)
        if args.command == "copies":
            for path in write_copies():
                print(f"wrote {path}")
            return 0
        return _bundle(args)
    except (BundleError, GitRefError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:  # an output path that is a directory, not writable, ...
        print(f"error: cannot write {exc.filename}: {exc.strerror or exc}", file=sys.stderr)
        return 1


def _bundle(args: argparse.Namespace) -> int:
    text = spec_text(args.spec)
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
    return 0


def _diff(args: argparse.Namespace) -> int:
    root: Path = args.spec or spec_root()
    new = load_spec(root)  # first: a missing or broken working-tree spec is named as such, not as a git problem
    old = bundle_at_ref(args.base, root)
    old_version, new_version = _version(old), _version(new)
    changes = diff_specs(old, new)
    breaking = sum(change.breaking for change in changes)
    print(f"spec diff {old_version} ({args.base}) -> {new_version} (working tree): ", end="")
    print(f"{len(changes)} change(s), {breaking} breaking")
    groups = group_changes(changes)
    for key in sorted(groups, key=lambda key: (not key[1], key[2], key[3])):
        _, is_breaking, subject, message = key
        print(f"  {'BREAKING' if is_breaking else 'ok':8}  {subject}: {message}")
        for change in groups[key]:
            print(f"            at {change.operation} {change.location}")
    problems = version_problems(old_version, new_version, changes)
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if problems or not changes or args.no_changelog:
        return 1 if problems else 0
    path: Path = args.changelog or root.resolve().parents[1] / "CHANGELOG.md"
    date: datetime.date = args.date or datetime.date.today()
    write_section(path, new_version, render_section(new_version, old_version, changes, date))
    print(f"wrote the [{new_version}] section of {path}")
    return 0


def _drift() -> int:
    result = report(load_spec(), spec_root().resolve().parents[1] / "docs" / "spec-decisions.md")
    for finding in result.missing:
        print(f"missing: {finding}")
    for path in result.stale:
        print(f"stale exclusion (excuses nothing): {path}")
    print(f"{len(result.missing)} missing, {len(result.stale)} stale exclusion(s), {result.excused} excused")
    return 1 if result.missing or result.stale else 0


def _draft(names: list[str]) -> int:
    spec = load_spec()
    drafter = Drafter(described_classes(spec), existing=set(spec["components"]["schemas"]))
    for name in names:
        module, _, attribute = name.rpartition(".")
        try:
            component = drafter.draft(getattr(importlib.import_module(module), attribute))
        except (ImportError, AttributeError, ValueError):
            print(f"error: {name} is not an importable openai SDK type", file=sys.stderr)
            return 2
        if component not in drafter.schemas:
            print(f"{name}: the spec describes it already, as {component}", file=sys.stderr)
    sys.stdout.write(yaml.safe_dump({"schemas": drafter.schemas}, sort_keys=False, width=116, allow_unicode=True))
    return 0


def _version(spec: dict[str, Any]) -> str:
    info = spec.get("info")
    return str(info.get("version", "")) if isinstance(info, dict) else ""


if __name__ == "__main__":
    sys.exit(main())
