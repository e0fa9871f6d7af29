"""`python -m respan_docs build [-o build/docs]`: write the documentation site (the API reference, the spec
decisions, the bundled spec). `python -m respan_docs vendor`: copy Redoc's bundle from node_modules into the
mock's package data."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from respan_spec import BundleError

from respan_docs._site import build_site
from respan_docs._vendor import VendorError, vendor


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m respan_docs", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="write the documentation site")
    build.add_argument("-o", "--output", type=Path, default=Path("build/docs"), help="default: build/docs")
    build.add_argument("--spec", type=Path, default=None, help="root document (default: openapi/openapi.yaml)")
    sub.add_parser("vendor", help="copy Redoc's bundle from the pinned Redocly CLI into the mock's package")
    args = parser.parse_args(argv)
    try:
        if args.command == "vendor":
            print(f"wrote {vendor()}")
        else:
            for path in build_site(args.output, args.spec):
                print(f"wrote {path}")
            print(f"open {args.output / 'index.html'}")
    except (BundleError, VendorError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: cannot write {exc.filename}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
