"""The spec the mock implements: `openapi.json` in this package, the bundled spec of the mock's release (in a
checkout of respan-openapi, written from openapi/ by `make setup`, the test session and `make build`)."""

from __future__ import annotations

import copy
import functools
import json
from importlib import metadata
from pathlib import Path
from typing import Any, Final

DISTRIBUTION: Final = "respan-mock"
SPEC_FILE: Final = Path(__file__).with_name("openapi.json")


class SpecMissingError(RuntimeError):
    """The package holds no readable spec: a checkout that was not set up, or a broken installation."""


@functools.cache
def _spec() -> dict[str, Any]:
    try:
        spec: dict[str, Any] = json.loads(SPEC_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SpecMissingError(
            f"cannot read the bundled spec {SPEC_FILE} ({exc}); in a checkout of respan-openapi run `make setup`, "
            f"else reinstall {DISTRIBUTION}"
        ) from None
    return spec


def load_spec() -> dict[str, Any]:
    """The bundled spec (a fresh copy: callers may modify it)."""
    return copy.deepcopy(_spec())


def version_text() -> str:
    """`respan-mock 1.2.0 (spec 1.2.0)`: this distribution's version and that of the spec it carries."""
    try:
        own = metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        own = "(not installed)"
    return f"{DISTRIBUTION} {own} (spec {_spec()['info']['version']})"
