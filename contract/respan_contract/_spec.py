"""The spec a run tests against: `openapi.json` in this package, the bundled spec of the kit's release (in a checkout
of respan-openapi, written from openapi/ by `make setup`, the test session and `make build`), or another file
(`--spec`, e.g. a gateway ahead of the release), which must be one self-contained OpenAPI 3.1 document."""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import Any, Final

from respan_contract._operations import KINDS, operations
from respan_contract._yaml import YamlFileError, read_yaml

DISTRIBUTION: Final = "respan-contract"
SPEC_FILE: Final = Path(__file__).with_name("openapi.json")


class SpecError(ValueError):
    """A spec that cannot be tested against; the message names the file and what is wrong."""


@functools.cache
def _bundled() -> dict[str, Any]:
    try:
        return read_spec(SPEC_FILE)
    except SpecError as exc:
        raise SpecError(
            f"the bundled spec is unusable: {exc}; in a checkout of respan-openapi run `make setup`, "
            f"else reinstall {DISTRIBUTION}"
        ) from None


def bundled_spec() -> dict[str, Any]:
    """The spec this release of the kit carries (a fresh copy: callers may modify it)."""
    return copy.deepcopy(_bundled())


def spec_version(spec: dict[str, Any]) -> str:
    return str(spec["info"]["version"])


def version_text() -> str:
    """`respan-contract 1.2.0 (spec 1.2.0)`: this distribution's version and that of the spec it carries."""
    try:
        own = metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        own = "(not installed)"
    return f"{DISTRIBUTION} {own} (spec {spec_version(_bundled())})"


def read_spec(path: Path) -> dict[str, Any]:
    """The OpenAPI document in `path` (JSON if it ends in .json, else YAML), checked for what the kit relies on."""
    if path.suffix == ".json":
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise SpecError(f"cannot read {path}: {exc.strerror or exc}") from None
        except UnicodeDecodeError as exc:
            raise SpecError(f"{path}: not UTF-8 text (byte {exc.start})") from None
        except json.JSONDecodeError as exc:
            raise SpecError(f"{path}: not valid JSON: line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
        except RecursionError:
            raise SpecError(f"{path}: not valid JSON: nested too deeply") from None
    else:
        try:
            document = read_yaml(path)
        except YamlFileError as exc:
            raise SpecError(str(exc)) from None
    try:
        problem = _problem(document)
    except RecursionError:
        problem = "nested too deeply"
    if problem:
        raise SpecError(f"{path}: {problem}")
    assert isinstance(document, dict)
    return document


def _problem(document: Any) -> str | None:
    if not isinstance(document, dict):
        return "not an OpenAPI document (not a mapping)"
    version = document.get("openapi")
    if not (isinstance(version, str) and version.startswith("3.1.")):
        return f"`openapi` is {version!r}: the kit tests OpenAPI 3.1 documents"
    info = document.get("info")
    if not (isinstance(info, dict) and isinstance(info.get("version"), str | int | float)):
        return "no info.version"
    if not isinstance(document.get("paths"), dict) or not isinstance(document.get("components"), dict):
        return "no `paths` or no `components` mapping"
    for pointer, ref in _references(document, ""):
        if not ref.startswith("#/"):
            return (
                f"the reference {ref!r} at {pointer} points outside the document: give one self-contained document "
                "(respan-openapi's `make bundle` writes build/openapi.json)"
            )
        if not _resolves(document, ref):
            return f"the reference {ref!r} at {pointer} points at nothing"
    try:
        found = {kind for kind, _, _ in operations(document)}
    except (AttributeError, TypeError):
        return "`paths` holds something other than path items"
    missing = [operation_id for operation_id, kind in KINDS.items() if kind not in found]
    if missing:
        return f"no POST operation with operationId {' or '.join(missing)}"
    return None


def _references(node: Any, pointer: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield pointer or "/", value
            else:
                yield from _references(value, f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _references(item, f"{pointer}/{index}")


def _resolves(document: dict[str, Any], ref: str) -> bool:
    target: Any = document
    for part in ref.removeprefix("#/").split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(target, dict) or part not in target:
            return False
        target = target[part]
    return True
