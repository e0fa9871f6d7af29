"""`python -m respan_publish build`: sdist + wheel of generated/ into dist/, versioned by the spec, twine-checked.
`python -m respan_publish publish --index-url URL`: refuse a stale generated/, build, upload unless the version exists.
`python -m respan_publish mirror-deps --index-url URL`: upload the client's dependencies (pinned) to a closed index.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from respan_codegen import GenerationError, check
from respan_spec import BundleError, load_spec

from respan_publish import (
    Distributions,
    Index,
    PublishError,
    build_distributions,
    find_credentials,
    mirror_dependencies,
    publish,
)

_REPO = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m respan_publish", description=__doc__)
    parser.add_argument("--project", type=Path, default=_REPO / "generated", help="default: generated/")
    parser.add_argument("--outdir", type=Path, default=_REPO / "dist", help="default: dist/")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("build", help="build and check the client's sdist and wheel")
    for command, text in (("publish", "build, then upload"), ("mirror-deps", "upload the client's dependencies")):
        index_cmd = sub.add_parser(command, help=text)
        index_cmd.add_argument("--index-url", required=True, help="the index's upload URL (twine --repository-url)")
        index_cmd.add_argument("--simple-url", default=None, help="its simple API (default: INDEX_URL/simple/)")
    args = parser.parse_args(argv)
    try:
        if args.command == "build":
            _refuse_stale(args.project)  # a stray or edited file in generated/ would ship in the wheel
            dists = build_distributions(args.project, args.outdir, _spec_version())
            print(f"built {dists.name} {dists.version}:")
            _print_files(dists)
            return 0
        index = Index.at(args.index_url, find_credentials(args.index_url), args.simple_url)  # fail fast
        if args.command == "publish":
            _refuse_stale(args.project)
        dists = build_distributions(args.project, args.outdir, _spec_version())
        if args.command == "mirror-deps":
            return _mirror(dists, index)
        publish(dists, index)
    except (PublishError, BundleError, GenerationError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"uploaded {dists.name} {dists.version} to {index.upload_url}:")
    _print_files(dists)
    print(f"install it with: pip install --index-url {index.simple_url} {dists.name}=={dists.version}")
    return 0


def _spec_version() -> str:
    return str(load_spec()["info"]["version"])


def _refuse_stale(project: Path) -> None:
    """A built or published client must be exactly what the spec generates (`make check-generated`)."""
    problems = check(project)
    if problems:
        listed = "\n".join(f"  {problem}" for problem in problems)
        raise PublishError(f"{project} is stale against the spec; run `make generate` and commit:\n{listed}")


def _mirror(dists: Distributions, index: Index) -> int:
    uploaded = mirror_dependencies(dists.wheel, index, _REPO / "constraints.txt")
    print(f"uploaded {len(uploaded)} dependency wheel(s) of {dists.name} {dists.version} to {index.upload_url}")
    for name in uploaded:
        print(f"  {name}")
    return 0


def _print_files(dists: Distributions) -> None:
    for path in dists.files:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        print(f"  {path.name}  {path.stat().st_size} bytes  sha256:{digest}")


if __name__ == "__main__":
    sys.exit(main())
