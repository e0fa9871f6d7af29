"""`python -m respan_spec bundle [-o FILE]`: write the bundled spec as JSON (stdout by default)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from respan_spec import BundleError, load_spec, spec_root


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m respan_spec", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    bundle_cmd = sub.add_parser("bundle", help="write the spec as one self-contained JSON document")
    bundle_cmd.add_argument("--spec", type=Path, default=None, help="root document (default: openapi/openapi.yaml)")
    bundle_cmd.add_argument("-o", "--output", type=Path, default=None, help="output file (default: stdout)")
    args = parser.parse_args(argv)
    try:
        document = load_spec(args.spec or spec_root())
    except BundleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
