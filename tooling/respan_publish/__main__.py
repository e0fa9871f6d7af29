"""`python -m respan_publish build`: sdists + wheels of the client (generated/), the mock (mock/) and the contract kit
(contract/) into dist/, all versioned by the spec, twine-checked.
`python -m respan_publish publish --index-url URL`: refuse a stale generated/, build, upload unless a version exists.
`python -m respan_publish mirror-deps --index-url URL`: upload the three's dependencies (pinned) to a closed index.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from respan_codegen import GenerationError, check
from respan_spec import BundleError, load_spec
from respan_spec.copies import spec_text, write_copies

from respan_publish import (
    Distributions,
    Index,
    PublishError,
    build_distributions,
    find_credentials,
    mirror_dependencies,
    publish,
)
from respan_publish._projects import check_wheel, projects

_REPO = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m respan_publish", description=__doc__)
    parser.add_argument("--client", type=Path, default=_REPO / "generated", help="the client (default: generated/)")
    parser.add_argument("--outdir", type=Path, default=_REPO / "dist", help="default: dist/")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("build", help="build and check the sdists and wheels")
    for command, text in (("publish", "build, then upload"), ("mirror-deps", "upload the packages' dependencies")):
        index_cmd = sub.add_parser(command, help=text)
        index_cmd.add_argument("--index-url", required=True, help="the index's upload URL (twine --repository-url)")
        index_cmd.add_argument("--simple-url", default=None, help="its simple API (default: INDEX_URL/simple/)")
    args = parser.parse_args(argv)
    try:
        if args.command == "build":
            for dists in _build(args.client, args.outdir, refuse_stale=True):
                print(f"built {dists.name} {dists.version}:")
                _print_files(dists)
            return 0
        index = Index.at(args.index_url, find_credentials(args.index_url), args.simple_url)  # fail fast
        releases = _build(args.client, args.outdir, refuse_stale=args.command == "publish")
        if args.command == "mirror-deps":
            return _mirror(releases, index)
        publish(releases, index)
    except (PublishError, BundleError, GenerationError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for dists in releases:
        print(f"uploaded {dists.name} {dists.version} to {index.upload_url}:")
        _print_files(dists)
    for dists in releases:
        print(f"install it with: pip install --index-url {index.simple_url} {dists.name}=={dists.version}")
    return 0


def _build(client: Path, outdir: Path, *, refuse_stale: bool) -> list[Distributions]:
    """Build the three into `outdir` (emptied of other releases first), the mock and the kit with a fresh spec."""
    if refuse_stale:  # a stray or edited file in generated/ would ship in the wheel
        _refuse_stale(client)
    write_copies()
    text, version = spec_text(), str(load_spec()["info"]["version"])
    if outdir.is_dir():
        for old in [*outdir.glob("*.whl"), *outdir.glob("*.tar.gz")]:
            old.unlink()
    releases = []
    for project in projects(_REPO, client):
        dists = build_distributions(project.directory, outdir, version, project.fix)
        if project.package is not None:
            check_wheel(dists.wheel, project, text)
        releases.append(dists)
    return releases


def _refuse_stale(project: Path) -> None:
    """A built or published client must be exactly what the spec generates (`make check-generated`)."""
    problems = check(project)
    if problems:
        listed = "\n".join(f"  {problem}" for problem in problems)
        raise PublishError(f"{project} is stale against the spec; run `make generate` and commit:\n{listed}")


def _mirror(releases: list[Distributions], index: Index) -> int:
    uploaded = mirror_dependencies([dists.wheel for dists in releases], index, _REPO / "constraints.txt")
    names = ", ".join(f"{dists.name} {dists.version}" for dists in releases)
    print(f"uploaded {len(uploaded)} dependency wheel(s) of {names} to {index.upload_url}")
    for name in uploaded:
        print(f"  {name}")
    return 0


def _print_files(dists: Distributions) -> None:
    for path in dists.files:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        print(f"  {path.name}  {path.stat().st_size} bytes  sha256:{digest}")


if __name__ == "__main__":
    sys.exit(main())
