"""Classify every difference between two bundled specs as breaking or not, and check the version bump.

A change is breaking when a client built for the old spec can fail against a gateway that follows the new
one: a request it sends is now rejected or ignored (removed operation, field, parameter or enum value, new
required field, narrowed type, tightened constraint, changed default), or a response it reads has lost
something or holds something new its parsing rejects (removed field, status, header or media type; widened
type or new enum value in a response). Additions a client can ignore are not breaking.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from packaging.version import InvalidVersion, Version

from respan_spec._change import Category, Change, Direction
from respan_spec._diff_schema import At, SchemaDiff, resolve

__all__ = ["Category", "Change", "diff_specs", "version_problems"]

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def diff_specs(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every API difference between two bundled specs (descriptions and examples are not API)."""
    old_ops, new_ops = dict(_operations(old)), dict(_operations(new))
    changes: list[Change] = []
    for key in sorted(old_ops.keys() | new_ops.keys()):
        method, path = key
        if key not in new_ops:
            label = _label(old_ops[key], method, path)
            changes.append(Change(label, f"{method.upper()} {path}", label, "removed", "operation removed", True))
        elif key not in old_ops:
            label = _label(new_ops[key], method, path)
            changes.append(Change(label, f"{method.upper()} {path}", label, "added", "operation added", False))
        else:
            operation = _OperationDiff(old, new, old_ops[key], new_ops[key], _label(new_ops[key], method, path))
            changes += operation.run()
    return changes


def version_problems(old_version: str, new_version: str, changes: list[Change]) -> list[str]:
    """Why `info.version` does not fit the changes (empty when it does): every change needs a new version,
    a breaking one a new major version."""
    try:
        before, after = Version(old_version), Version(new_version)
    except InvalidVersion as exc:
        return [f"info.version is not a valid version: {exc}"]
    if after < before:
        return [f"info.version went backwards, from {before} to {after}"]
    breaking = sum(change.breaking for change in changes)
    if breaking and after.major <= before.major:
        return [
            f"{breaking} breaking change(s), but info.version went from {before} to {after}: "
            f"bump the major version (to {before.major + 1}.0.0) or undo the breaking changes"
        ]
    if changes and after == before:
        return [f"the API changed but info.version is still {before}: bump it (minor for additions)"]
    return []


def _operations(spec: dict[str, Any]) -> Iterator[tuple[tuple[str, str], dict[str, Any]]]:
    """((method, path), operation) with the path item's shared parameters folded into each operation."""
    for path, item in spec.get("paths", {}).items():
        for method in _METHODS:
            if isinstance(item.get(method), dict):
                operation = dict(item[method])
                operation["parameters"] = [*item.get("parameters", []), *operation.get("parameters", [])]
                yield (method, path), operation


def _label(operation: dict[str, Any], method: str, path: str) -> str:
    return str(operation.get("operationId") or f"{method.upper()} {path}")


def _resolve(spec: dict[str, Any], node: Any) -> dict[str, Any]:
    return resolve(spec, node)[0]


class _OperationDiff:
    """The changes of one operation present in both specs: id, security, parameters, body, responses."""

    def __init__(
        self, old_spec: dict[str, Any], new_spec: dict[str, Any], old: dict[str, Any], new: dict[str, Any], label: str
    ) -> None:
        self._old_spec, self._new_spec = old_spec, new_spec
        self._old, self._new = old, new
        self._schemas = SchemaDiff(old_spec, new_spec, label)

    def run(self) -> list[Change]:
        self._compare_identity()
        self._compare_parameters()
        self._compare_request_body()
        self._compare_responses()
        return self._schemas.changes

    def _emit(self, location: str, category: Category, message: str, breaking: bool) -> None:
        self._schemas.emit(At("request", location), category, message, breaking)

    def _compare_identity(self) -> None:
        old_id, new_id = self._old.get("operationId"), self._new.get("operationId")
        if old_id != new_id:
            # The generated client names its functions after the operationId.
            self._emit("operationId", "changed", f"operationId changed from {old_id!r} to {new_id!r}", True)
        if self._new.get("deprecated") and not self._old.get("deprecated"):
            self._emit("operation", "deprecated", "operation deprecated", False)
        if _security(self._old_spec, self._old) != _security(self._new_spec, self._new):
            self._emit("security", "changed", "security requirements changed", True)

    def _compare_parameters(self) -> None:
        old_params = _parameters(self._old_spec, self._old)
        new_params = _parameters(self._new_spec, self._new)
        for key in sorted(old_params.keys() | new_params.keys()):
            old, new = old_params.get(key), new_params.get(key)
            where = f"{key[0]} parameter {(new or old or {}).get('name')}"
            if new is None:
                self._emit(where, "removed", "parameter removed", True)
            elif old is None:
                required = bool(new.get("required"))
                self._emit(where, "added", f"{'required' if required else 'optional'} parameter added", required)
            else:
                self._compare_required(where, old, new, "request")
                self._compare_flag_deprecated(where, old, new)
                self._schemas.compare(old.get("schema"), new.get("schema"), At("request", where))

    def _compare_request_body(self) -> None:
        old = _resolve(self._old_spec, self._old.get("requestBody"))
        new = _resolve(self._new_spec, self._new.get("requestBody"))
        if not old and not new:
            return
        if not new:
            self._emit("request body", "removed", "request body removed", True)
            return
        if not old:
            required = bool(new.get("required"))
            self._emit("request body", "added", "request body added", required)
            return
        self._compare_required("request body", old, new, "request")
        self._compare_content("request body", old, new, "request")

    def _compare_responses(self) -> None:
        old_responses, new_responses = self._old.get("responses", {}), self._new.get("responses", {})
        for where, old, new in self._pairs(old_responses, new_responses, "response {}", "response status"):
            old, new = _resolve(self._old_spec, old), _resolve(self._new_spec, new)
            self._compare_response_headers(where, old, new)
            self._compare_content(where, old, new, "response")

    def _compare_response_headers(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        # Header names are case-insensitive: pair them by lower case, report them by their new spelling.
        old_headers = {name.lower(): (name, h) for name, h in old.get("headers", {}).items()}
        new_headers = {name.lower(): (name, h) for name, h in new.get("headers", {}).items()}
        spelled = {key: pair[0] for key, pair in (old_headers | new_headers).items()}
        for location, (_, old_header), (_, new_header) in self._pairs(
            old_headers, new_headers, f"{where} header {{}}", "response header", spelled
        ):
            old_header, new_header = _resolve(self._old_spec, old_header), _resolve(self._new_spec, new_header)
            self._compare_required(location, old_header, new_header, "response")
            self._schemas.compare(old_header.get("schema"), new_header.get("schema"), At("response", location))

    def _compare_content(self, where: str, old: dict[str, Any], new: dict[str, Any], direction: Direction) -> None:
        old_content, new_content = old.get("content", {}), new.get("content", {})
        for location, old_media, new_media in self._pairs(
            old_content, new_content, f"{where} {{}}", f"{direction} media type"
        ):
            self._schemas.compare(old_media.get("schema"), new_media.get("schema"), At(direction, location))

    def _pairs(
        self, old: dict[str, Any], new: dict[str, Any], where: str, noun: str, spelled: dict[str, str] | None = None
    ) -> Iterator[tuple[str, Any, Any]]:
        """Report the entries only one side has (a removal breaks clients, an addition does not); yield
        (location, old, new) for the entries both have. `where` is a format string for the key."""
        for key in sorted(old.keys() | new.keys()):
            location = where.format((spelled or {}).get(key, key))
            if key not in new:
                self._emit(location, "removed", f"{noun} removed", True)
            elif key not in old:
                self._emit(location, "added", f"{noun} added", False)
            else:
                yield location, old[key], new[key]

    def _compare_required(self, where: str, old: dict[str, Any], new: dict[str, Any], direction: Direction) -> None:
        """`required` of a parameter, body or header: requiring more of requests, or promising less in responses."""
        before, after = bool(old.get("required")), bool(new.get("required"))
        if before == after:
            return
        breaking = after if direction == "request" else before
        self._emit(where, "changed", "now required" if after else "no longer required", breaking)

    def _compare_flag_deprecated(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        if new.get("deprecated") and not old.get("deprecated"):
            self._emit(where, "deprecated", "parameter deprecated", False)


def _parameters(spec: dict[str, Any], operation: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """Parameters by (location, name); header names are case-insensitive."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for param in operation.get("parameters", []):
        param = _resolve(spec, param)
        name = str(param.get("name", ""))
        where = str(param.get("in", ""))
        found[(where, name.lower() if where == "header" else name)] = param
    return found


def _security(spec: dict[str, Any], operation: dict[str, Any]) -> str:
    """The operation's effective security requirements and the schemes they name, as comparable text."""
    requirements = operation.get("security", spec.get("security", []))
    schemes = spec.get("components", {}).get("securitySchemes", {})
    named = {name: schemes.get(name) for requirement in requirements for name in requirement}
    return json.dumps([requirements, named], sort_keys=True)
