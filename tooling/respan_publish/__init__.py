"""Build the sdists and wheels of the generated client, the mock and the contract kit, and publish them to a private
package index."""

from __future__ import annotations

from collections.abc import Sequence

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


def publish(releases: Sequence[Distributions], index: Index) -> None:
    """Upload the releases, unless the index already has one of their versions (then nothing): published versions
    are immutable."""
    for dists in releases:
        if dists.version in released_versions(index, dists.name):
            raise PublishError(
                f"{dists.name} {dists.version} is already on {index.simple_url}: published versions are immutable. "
                "Bump info.version in the spec (`make spec-diff BASE=<last release>` says how) and regenerate"
            )
    upload(index, [path for dists in releases for path in dists.files])
