"""`python -m respan_codegen generate|check|lock-templates|spec`: the client generation pipeline's commands."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from respan_spec import BundleError

from respan_codegen import AnnotationError, GenerationError, OverlayError, build_spec, check, generate, write_lock
from respan_codegen._generate import REPO


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m respan_codegen", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("generate", help="regenerate generated/ from the spec")
    sub.add_parser("check", help="fail, naming the files, when generated/ is not what `generate` produces")
    sub.add_parser("lock-templates", help="record the upstream templates overridden in overlays/templates")
    spec_cmd = sub.add_parser("spec", help="write the spec as the generator sees it (overlays + annotations)")
    spec_cmd.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    try:
        return _run(args.command, args)
    except (AnnotationError, BundleError, GenerationError, OverlayError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:  # `spec -o` names a directory or an unwritable path
        print(f"error: cannot write {exc.filename}: {exc.strerror or exc}", file=sys.stderr)
        return 1


def _run(command: str, args: argparse.Namespace) -> int:
    generated = REPO / "generated"
    if command == "generate":
        generate(generated)
        print(f"generated {generated.relative_to(REPO)}/")
    elif command == "check":
        problems = check(generated)
        for problem in problems:
            print(f"check-generated: {problem}", file=sys.stderr)
        if problems:
            print("check-generated: run `make generate` and commit the result (never edit generated/ by hand)")
            return 1
        print("check-generated: generated/ is up to date")
    elif command == "lock-templates":
        print(f"wrote {write_lock(REPO / 'overlays' / 'templates').relative_to(REPO)}")
    else:
        args.output.write_text(json.dumps(build_spec(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
