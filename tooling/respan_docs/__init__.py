"""The repository's documentation site: `make docs` renders the API reference (Redoc) and the spec decisions
into build/docs/ with the mock's own page renderer (respan_mock._docs), and `make vendor-redoc` copies Redoc's
browser bundle from the pinned Redocly CLI into the mock's package data."""

from respan_docs._site import build_site
from respan_docs._vendor import VENDORED, VendorError, vendored_bundle

__all__ = ["VENDORED", "VendorError", "build_site", "vendored_bundle"]
