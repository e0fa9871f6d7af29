"""`python -m respan_publish build`: sdist + wheel of generated/ into dist/, versioned by the spec, twine-checked.
`python -m respan_publish publish --index-url URL`: the same build, then upload it unless that version exists.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from respan_spec import BundleError, load_spec

from respan_publish import Distributions, Index, PublishError, build_distributions, find_credentials, publish

_REPO = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m respan_publish", description=__doc__)
    parser.add_argument("--project", type=Path, default=_REPO / "generated", help="default: generated/")
    parser.add_argument("--outdir", type=Path, default=_REPO / "dist", help="default: dist/")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("build", help="build and check the client's sdist and wheel")
    publish_cmd = sub.add_parser("publish", help="build, then upload to a package index")
    publish_cmd.add_argument("--index-url", required=True, help="the index's upload URL (twine --repository-url)")
    publish_cmd.add_argument("--simple-url", default=None, help="its simple API (default: INDEX_URL/simple/)")
    args = parser.parse_args(argv)
    try:
        dists = build_distributions(args.project, args.outdir, _spec_version())
        if args.command == "build":
            print(f"built {dists.name} {dists.version}:")
            _print_files(dists)
            return 0
        index = Index.at(args.index_url, find_credentials(args.index_url), args.simple_url)
        publish(dists, index)
    except (PublishError, BundleError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"uploaded {dists.name} {dists.version} to {index.upload_url}:")
    _print_files(dists)
    print(f"install it with: pip install --index-url {index.simple_url} {dists.name}=={dists.version}")
    return 0


def _spec_version() -> str:
    return str(load_spec()["info"]["version"])


def _print_files(dists: Distributions) -> None:
    for path in dists.files:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        print(f"  {path.name}  {path.stat().st_size} bytes  sha256:{digest}")


if __name__ == "__main__":
    sys.exit(main())
