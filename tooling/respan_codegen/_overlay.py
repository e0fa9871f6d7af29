"""Apply OpenAPI Overlay 1.0 documents (https://spec.openapis.org/overlay/v1.0.0) to a spec held as a dict.

Targets are RFC 9535 JSONPath queries (jsonpath-rfc9535). Semantics, per the Overlay spec: actions run in order;
`remove: true` deletes every selected node; `update` merges into every selected object (nested objects are merged
recursively, any other value replaces the old one) or is appended to every selected array. Stricter than the
spec requires, an action whose target selects nothing is an error: in a generation pipeline it means the spec
moved away from the overlay, which must not pass silently.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jsonpath_rfc9535 as jsonpath
from respan_spec import YamlFileError, read_yaml


class OverlayError(Exception):
    """An overlay document is malformed, or one of its actions cannot be applied."""


def load_overlay(path: Path) -> dict[str, Any]:
    """Read and validate an overlay document (YAML or JSON)."""
    try:
        document = read_yaml(path)
    except YamlFileError as exc:
        raise OverlayError(str(exc)) from None
    _validate(document, str(path))
    return dict(document)


def apply_overlay(spec: dict[str, Any], overlay: Mapping[str, Any], *, name: str = "overlay") -> dict[str, Any]:
    """Apply `overlay` to `spec` in place and return it."""
    _validate(overlay, name)
    for index, action in enumerate(overlay["actions"]):
        where = f"{name}: action {index} (target {action['target']!r})"
        try:
            nodes = jsonpath.find(action["target"], spec)
        except jsonpath.JSONPathError as exc:
            raise OverlayError(f"{where}: invalid JSONPath: {exc}") from exc
        if not nodes:
            raise OverlayError(f"{where}: the target selects nothing in the spec")
        if action.get("remove") is True:
            _remove(spec, [node.location for node in nodes], where)
        else:
            for node in nodes:
                _update(node.value, action["update"], where)
    return spec


def _validate(document: Any, name: str) -> None:
    if not isinstance(document, Mapping):
        raise OverlayError(f"{name}: an overlay document must be a mapping")
    version = str(document.get("overlay", ""))
    if not version.startswith("1.0."):
        raise OverlayError(f"{name}: `overlay` must be a 1.0.x version, got {version!r}")
    info = document.get("info")
    if not isinstance(info, Mapping) or "title" not in info or "version" not in info:
        raise OverlayError(f"{name}: `info` must hold `title` and `version`")
    actions = document.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError(f"{name}: `actions` must be a non-empty list")
    for index, action in enumerate(actions):
        if not isinstance(action, Mapping) or not isinstance(action.get("target"), str):
            raise OverlayError(f"{name}: action {index} needs a string `target`")
        has_update = "update" in action
        has_remove = action.get("remove") is True
        if has_update == has_remove:
            raise OverlayError(f"{name}: action {index} needs exactly one of `update` or `remove: true`")


def _update(target: Any, update: Any, where: str) -> None:
    if isinstance(target, dict) and isinstance(update, Mapping):
        _merge(target, update)
    elif isinstance(target, list):
        target.append(copy.deepcopy(update))
    else:
        raise OverlayError(f"{where}: `update` needs an object or array target, got {type(target).__name__}")


def _merge(target: dict[str, Any], update: Mapping[str, Any]) -> None:
    for key, value in update.items():
        if isinstance(value, Mapping) and isinstance(target.get(key), dict):
            _merge(target[key], value)
        else:
            target[key] = copy.deepcopy(value)


def _remove(spec: dict[str, Any], locations: list[tuple[str | int, ...]], where: str) -> None:
    if any(not location for location in locations):
        raise OverlayError(f"{where}: the document root cannot be removed")
    # Deepest and highest-index first, so earlier removals do not shift the locations of later ones.
    for location in sorted(set(locations), key=_removal_order, reverse=True):
        parent: Any = spec
        for part in location[:-1]:
            parent = parent[part]
        del parent[location[-1]]


def _removal_order(location: tuple[str | int, ...]) -> tuple[int, int]:
    last = location[-1]
    return len(location), last if isinstance(last, int) else -1
