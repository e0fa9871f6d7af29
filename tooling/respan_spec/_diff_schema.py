"""Compare two versions of a JSON Schema (OpenAPI 3.1) where an operation uses it, and report every difference.

References are followed into the components they name, so a change inside a shared component is reported at
each place that uses it; `subject` names the component so the changelog can list it once. Whether a change
breaks clients depends on the direction the data flows (see `_change.shift_breaks`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from respan_spec._change import Category, Change, Direction, Shift, shift_breaks

_LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
_UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
# Constraints whose old and new values cannot be ordered: any new value may reject old data and vice versa.
_OPAQUE = ("pattern", "format", "multipleOf", "contentMediaType", "contentEncoding")
_SUBSCHEMAS = (("items", "[]"), ("contentSchema", ""))
_ALL_TYPES = frozenset({"array", "boolean", "integer", "null", "number", "object", "string"})
_JSON_TYPES = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}
_MAX_DEPTH = 64


@dataclass(frozen=True)
class At:
    """Where the walk is: the operation's location, the path inside the schema, and the named component."""

    direction: Direction
    location: str  # "request body application/json", "response 200 header Retry-After", ...
    path: str = ""  # "messages[].content"
    component: str = ""  # nearest named schema, "" while still inline in the operation
    subpath: str = ""  # path inside that component
    seen: frozenset[tuple[str, str]] = frozenset()

    def child(self, segment: str) -> At:
        return replace(self, path=_join(self.path, segment), subpath=_join(self.subpath, segment))

    @property
    def where(self) -> str:
        return f"{self.location}: {self.path}" if self.path else self.location

    @property
    def subject(self) -> str:
        return _join(self.component, self.subpath) if self.component else self.where


def _join(path: str, segment: str) -> str:
    if not segment or segment.startswith("[") or not path:
        return path + segment
    return f"{path}.{segment}"


class SchemaDiff:
    """Collects the changes between schemas of `old_spec` and `new_spec` used by one operation."""

    def __init__(self, old_spec: dict[str, Any], new_spec: dict[str, Any], operation: str) -> None:
        self._old_spec = old_spec
        self._new_spec = new_spec
        self._operation = operation
        self.changes: list[Change] = []

    def emit(self, at: At, category: Category, message: str, breaking: bool, subject: str | None = None) -> None:
        self.changes.append(Change(self._operation, at.where, subject or at.subject, category, message, breaking))

    def compare(self, old: Any, new: Any, at: At) -> None:
        entered = self._enter_refs(old, new, at)
        if entered is None:
            return
        old, new, at = entered
        old, new = _align_alternatives(old, new)
        old_props, new_props = _flatten(self._old_spec, old), _flatten(self._new_spec, new)
        self._compare_deprecated(old, new, at)
        self._compare_types(old, new, at)
        self._compare_enum(old, new, at)
        self._compare_default(old, new, at)
        self._compare_bounds(old, new, at)
        self._compare_opaque(old, new, at)
        self._compare_properties(old_props, new_props, at)
        self._compare_additional(old, new, at)
        for keyword, segment in _SUBSCHEMAS:
            self._compare_subschema(old, new, keyword, at.child(segment))
        self._compare_alternatives(old, new, at)

    # -- references ----------------------------------------------------------------------------------------

    def _enter_refs(self, old: Any, new: Any, at: At) -> tuple[dict[str, Any], dict[str, Any], At] | None:
        """Resolve both sides' $refs; None when this pair of components is already being compared (a cycle)."""
        if at.path.count(".") + at.path.count("[") > _MAX_DEPTH:
            return None
        old, old_name = resolve(self._old_spec, old)
        new, new_name = resolve(self._new_spec, new)
        if old_name or new_name:
            key = (old_name, new_name)
            if key in at.seen:
                return None
            at = replace(at, component=new_name or old_name, subpath="", seen=at.seen | {key})
        return old, new, at

    # -- keywords ------------------------------------------------------------------------------------------

    def _shift(self, at: At, category: Category, message: str, shift: Shift) -> None:
        self.emit(at, category, message, shift_breaks(shift, at.direction))

    def _compare_deprecated(self, old: dict[str, Any], new: dict[str, Any], at: At) -> None:
        if new.get("deprecated") and not old.get("deprecated"):
            self.emit(at, "deprecated", "deprecated", breaking=False)
        elif old.get("deprecated") and not new.get("deprecated"):
            self.emit(at, "changed", "no longer deprecated", breaking=False)

    def _compare_types(self, old: dict[str, Any], new: dict[str, Any], at: At) -> None:
        old_types, new_types = _types(old), _types(new)
        if old_types == new_types:
            return
        narrowed = bool(_accepted(old_types) - _accepted(new_types))
        widened = bool(_accepted(new_types) - _accepted(old_types))
        if not (narrowed or widened):
            return
        shift: Shift = "both" if narrowed and widened else "tightened" if narrowed else "loosened"
        verb = {"both": "changed", "tightened": "narrowed", "loosened": "widened"}[shift]
        self._shift(at, "changed", f"type {verb} from {_show_types(old_types)} to {_show_types(new_types)}", shift)

    def _compare_enum(self, old: dict[str, Any], new: dict[str, Any], at: At) -> None:
        old_values, new_values = _enum(old), _enum(new)
        if old_values == new_values:
            return
        if old_values is None:
            self._shift(at, "changed", f"restricted to {_show_values(new_values or [])}", "tightened")
        elif new_values is None:
            self._shift(at, "changed", f"no longer restricted to {_show_values(old_values)}", "loosened")
        else:
            removed = [v for v in old_values if v not in new_values]
            added = [v for v in new_values if v not in old_values]
            if removed:
                # Breaking in responses too: the generated client's enum loses the member user code names.
                self.emit(at, "removed", f"enum values removed: {_show_values(removed)}", breaking=True)
            if added:
                self._shift(at, "added", f"enum values added: {_show_values(added)}", "loosened")

    def _compare_default(self, old: dict[str, Any], new: dict[str, Any], at: At) -> None:
        # A default documents what the server does when a request omits the field: changing or withdrawing it
        # changes the behaviour of existing calls. In a response it documents nothing a client relies on.
        missing = object()
        before, after = old.get("default", missing), new.get("default", missing)
        if before == after:
            return
        breaking = at.direction == "request"
        if before is missing:
            self.emit(at, "changed", f"default added ({_show(after)})", breaking=False)
        elif after is missing:
            self.emit(at, "changed", f"default removed (was {_show(before)})", breaking)
        else:
            self.emit(at, "changed", f"default changed from {_show(before)} to {_show(after)}", breaking)

    def _compare_bounds(self, old: dict[str, Any], new: dict[str, Any], at: At) -> None:
        for keyword in (*_LOWER_BOUNDS, *_UPPER_BOUNDS):
            before, after = old.get(keyword), new.get(keyword)
            if before == after:
                continue
            upper = keyword in _UPPER_BOUNDS
            if before is None:
                self._shift(at, "changed", f"{keyword} added ({_show(after)})", "tightened")
            elif after is None:
                self._shift(at, "changed", f"{keyword} removed (was {_show(before)})", "loosened")
            elif not (_is_number(before) and _is_number(after)):
                self._shift(at, "changed", f"{keyword} changed from {_show(before)} to {_show(after)}", "both")
            else:
                raised = after > before
                shift: Shift = "loosened" if raised == upper else "tightened"
                verb = "raised" if raised else "lowered"
                self._shift(at, "changed", f"{keyword} {verb} from {_show(before)} to {_show(after)}", shift)
        if new.get("uniqueItems") and not old.get("uniqueItems"):
            self._shift(at, "changed", "items must now be unique", "tightened")
        elif old.get("uniqueItems") and not new.get("uniqueItems"):
            self._shift(at, "changed", "items no longer need to be unique", "loosened")

    def _compare_opaque(self, old: dict[str, Any], new: dict[str, Any], at: At) -> None:
        for keyword in _OPAQUE:
            before, after = old.get(keyword), new.get(keyword)
            if before == after:
                continue
            if before is None:
                self._shift(at, "changed", f"{keyword} added ({_show(after)})", "tightened")
            elif after is None:
                self._shift(at, "changed", f"{keyword} removed (was {_show(before)})", "loosened")
            else:
                self._shift(at, "changed", f"{keyword} changed from {_show(before)} to {_show(after)}", "both")

    def _compare_properties(self, old: _Object, new: _Object, at: At) -> None:
        request = at.direction == "request"
        for name in sorted(old.properties.keys() - new.properties.keys()):
            subject = _join(old.origin.get(name) or at.subject, name)
            self.emit(at.child(name), "removed", f"{at.direction} field removed", True, subject)
        for name in sorted(new.properties.keys() - old.properties.keys()):
            subject = _join(new.origin.get(name) or at.subject, name)
            if request and name in new.required:
                self.emit(at.child(name), "added", "required request field added", True, subject)
            else:
                kind = "optional request field" if request else "response field"
                self.emit(at.child(name), "added", f"{kind} added", False, subject)
        for name in sorted(old.properties.keys() & new.properties.keys()):
            child = at.child(name)
            subject = _join(new.origin.get(name) or at.subject, name)
            if name in new.required and name not in old.required:
                message = "field is now required" if request else "field is now always present"
                self.emit(child, "changed", message, request, subject)
            elif name in old.required and name not in new.required:
                message = "field is no longer required" if request else "field is no longer always present"
                self.emit(child, "changed", message, not request, subject)
            self.compare(old.properties[name], new.properties[name], _in_origin(child, new.origin.get(name)))

    def _compare_additional(self, old: dict[str, Any], new: dict[str, Any], at: At) -> None:
        before, after = old.get("additionalProperties", True), new.get("additionalProperties", True)
        if before is False and after is not False:
            self._shift(at, "changed", "additional properties now allowed", "loosened")
        elif after is False and before is not False:
            self._shift(at, "changed", "additional properties no longer allowed", "tightened")
        elif isinstance(before, dict) or isinstance(after, dict):
            self.compare(_schema(before), _schema(after), at.child("*"))

    def _compare_subschema(self, old: dict[str, Any], new: dict[str, Any], keyword: str, at: At) -> None:
        if keyword in old and keyword in new:
            self.compare(old[keyword], new[keyword], at)
        elif keyword in new:
            self._shift(at, "changed", f"{keyword} schema added", "tightened")
        elif keyword in old:
            self._shift(at, "changed", f"{keyword} schema removed", "loosened")

    def _compare_alternatives(self, old: dict[str, Any], new: dict[str, Any], at: At) -> None:
        old_kind, new_kind = _alternatives_keyword(old), _alternatives_keyword(new)
        if old_kind is None or new_kind is None:
            return
        if old_kind != new_kind:
            # anyOf -> oneOf rejects values matching several alternatives; oneOf -> anyOf accepts them.
            shift: Shift = "tightened" if new_kind == "oneOf" else "loosened"
            self._shift(at, "changed", f"{old_kind} changed to {new_kind}", shift)
        old_branches = _keyed_branches(self._old_spec, old[old_kind])
        new_branches = _keyed_branches(self._new_spec, new[new_kind])
        for key in sorted(old_branches.keys() - new_branches.keys()):
            self._shift(at, "removed", f"alternative {key} removed", "tightened")
        for key in sorted(new_branches.keys() - old_branches.keys()):
            self._shift(at, "added", f"alternative {key} added", "loosened")
        for key in sorted(old_branches.keys() & new_branches.keys()):
            self.compare(old_branches[key], new_branches[key], at)


# -- helpers on schemas ---------------------------------------------------------------------------------------


@dataclass
class _Object:
    """An object schema's properties with allOf members merged in, and which component defined each."""

    properties: dict[str, Any]
    required: set[str]
    origin: dict[str, str]  # property name -> component that defines it, when not the schema itself


def resolve(spec: dict[str, Any], node: Any) -> tuple[dict[str, Any], str]:
    """Follow `$ref`s to the component; siblings of a $ref (deprecated, description) override the target."""
    name = ""
    node = _schema(node)
    while isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        target: Any = spec
        for part in ref.removeprefix("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        name = ref.rsplit("/", 1)[-1]
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        node = {**_schema(target), **siblings}
    return node, name


def _schema(node: Any) -> dict[str, Any]:
    """A schema as a mapping: `true` and a missing schema accept anything."""
    return node if isinstance(node, dict) else {}


def _flatten(spec: dict[str, Any], schema: dict[str, Any], depth: int = 0) -> _Object:
    merged = _Object(dict(schema.get("properties", {})), set(schema.get("required", [])), {})
    for member in schema.get("allOf", []) if depth < _MAX_DEPTH else []:
        resolved, name = resolve(spec, member)
        part = _flatten(spec, resolved, depth + 1)
        for prop, prop_schema in part.properties.items():
            if prop in merged.properties:
                continue
            merged.properties[prop] = prop_schema
            origin = part.origin.get(prop) or name
            if origin:
                merged.origin[prop] = origin
        merged.required |= part.required
    return merged


def _in_origin(at: At, origin: str | None) -> At:
    """Re-anchor the subject of a property that an allOf member (a named component) defines."""
    if not origin:
        return at
    return replace(at, component=origin, subpath=at.path.rsplit(".", 1)[-1])


def _align_alternatives(old: dict[str, Any], new: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """When only one side is an anyOf/oneOf, treat the other side as a one-alternative list of itself.

    So `{type: string}` -> `{anyOf: [{type: string}, {type: 'null'}]}` reads as "alternative null added".
    """
    old_kind, new_kind = _alternatives_keyword(old), _alternatives_keyword(new)
    if old_kind and not new_kind:
        return old, _wrap(new, old_kind)
    if new_kind and not old_kind:
        return _wrap(old, new_kind), new
    return old, new


def _wrap(schema: dict[str, Any], kind: str) -> dict[str, Any]:
    """`schema` as alternatives: one per type of a `type` list, which is the same set of values."""
    outer: dict[str, Any] = {k: schema[k] for k in ("description", "deprecated", "default") if k in schema}
    inner = {k: v for k, v in schema.items() if k not in outer}
    types = inner.get("type")
    branches = [{**inner, "type": t} for t in types] if isinstance(types, list) else [inner]
    return {**outer, kind: branches}


def _alternatives_keyword(schema: dict[str, Any]) -> str | None:
    for keyword in ("anyOf", "oneOf"):
        if isinstance(schema.get(keyword), list):
            return keyword
    return None


def _keyed_branches(spec: dict[str, Any], branches: list[Any]) -> dict[str, Any]:
    """Alternatives by a stable key: the component name of a $ref, else the branch's type (and const)."""
    keyed: dict[str, Any] = {}
    for branch in branches:
        branch = _schema(branch)
        if isinstance(branch.get("$ref"), str):
            key = branch["$ref"].rsplit("/", 1)[-1]
        else:
            key = _show_types(_types(branch))
            if "const" in branch:
                key += f" {_show(branch['const'])}"
        unique, n = key, 2
        while unique in keyed:
            unique, n = f"{key} #{n}", n + 1
        keyed[unique] = branch
    return keyed


def _types(schema: dict[str, Any]) -> frozenset[str] | None:
    """The JSON types a schema allows by `type` (or by the values of const/enum); None when unconstrained."""
    declared = schema.get("type")
    if isinstance(declared, str):
        return frozenset({declared})
    if isinstance(declared, list):
        return frozenset(declared)
    values = _enum(schema)
    if values is not None:
        return frozenset(_JSON_TYPES.get(type(v), "null") for v in values)
    return None


def _accepted(types: frozenset[str] | None) -> frozenset[str]:
    if types is None:
        return _ALL_TYPES
    return types | {"integer"} if "number" in types else types


def _enum(schema: dict[str, Any]) -> list[Any] | None:
    if "const" in schema:
        return [schema["const"]]
    values = schema.get("enum")
    return list(values) if isinstance(values, list) else None


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _show_values(values: list[Any]) -> str:
    return ", ".join(_show(v) for v in values)


def _show_types(types: frozenset[str] | None) -> str:
    return "|".join(sorted(types)) if types is not None else "any"
