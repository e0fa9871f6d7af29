"""Build the generated client's sdist and wheel and publish them to a private package index."""

from __future__ import annotations

from respan_publish._build import Distributions, build_distributions, find_distributions
from respan_publish._credentials import Credentials, find_credentials
from respan_publish._errors import PublishError
from respan_publish._index import Index, released_versions, upload
from respan_publish._mirror import mirror_dependencies

__all__ = [
    "Credentials",
    "Distributions",
    "Index",
    "PublishError",
    "build_distributions",
    "find_credentials",
    "find_distributions",
    "mirror_dependencies",
    "publish",
    "released_versions",
]


def publish(dists: Distributions, index: Index) -> None:
    """Upload one release, unless the index already has that version: published versions are immutable."""
    if dists.version in released_versions(index, dists.name):
        raise PublishError(
            f"{dists.name} {dists.version} is already on {index.simple_url}: published versions are immutable. "
            "Bump info.version in the spec (`make spec-diff BASE=<last release>` says how) and regenerate"
        )
    upload(index, dists.files)
