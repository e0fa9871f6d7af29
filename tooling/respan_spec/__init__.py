"""The gateway's OpenAPI spec as data: locate, bundle and check the hand-maintained files under openapi/."""

from __future__ import annotations

import copy
import functools
import os
from pathlib import Path
from typing import Any

from respan_spec._bundle import BundleError, bundle
from respan_spec._yaml import YamlFileError, read_yaml, yaml_problem

__all__ = ["BundleError", "YamlFileError", "bundle", "load_spec", "read_yaml", "spec_root", "yaml_problem"]


def spec_root() -> Path:
    """The root document: $RESPAN_SPEC if set, else openapi/openapi.yaml of this repository."""
    override = os.environ.get("RESPAN_SPEC")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "openapi" / "openapi.yaml"


@functools.cache
def _load(root: Path) -> dict[str, Any]:
    return bundle(root)


def load_spec(root: Path | None = None) -> dict[str, Any]:
    """The bundled spec (a fresh copy: callers may modify it)."""
    return copy.deepcopy(_load((root or spec_root()).resolve()))
