"""Drift between the spec and the OpenAI surface, as the pinned openai SDK's own types describe it.

The comparison starts at the six places where the two meet (the request body, the answer and the stream event of
each operation) and walks down through fields, lists, maps and unions. Union members are matched by their tag
(`type`, or `role` for chat messages), so a missing member is named by it: `responses.Response.output[type=
web_search_call]`. Each finding is one line whose first part is a path:

- `<path>`: a field or union member the SDK has and the spec lacks;
- `<path>: value 'x'`: a literal value (an enum member) the spec does not allow;
- `<path>: a list` / `a map` / `an object` / `a string` ...: a form of the value the spec does not allow.

`docs/spec-decisions.md` lists what is left out on purpose, in its section "Left out of the OpenAI surface" (a
table whose first column is a finding's path, or the path above it, in backticks): those findings are excused. A
listed path that excuses nothing is itself a finding, so the list cannot rot.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from respan_spec._sdk_types import TAG_KEYS, SdkObject, shapes

EXCLUSIONS_SECTION = "## Left out of the OpenAI surface"
REQUEST_ROOTS = ("chat.request", "responses.request")
KIND_NAMES = {"string": "a string", "integer": "an integer", "number": "a number", "boolean": "a boolean"}


@dataclass(frozen=True)
class Root:
    """Where the SDK and the spec meet: a path name, the SDK type, and the spec schema (a JSON pointer)."""

    path: str
    sdk_type: Any
    pointer: str


def roots(spec: dict[str, Any]) -> list[Root]:
    """The six roots: request, answer and stream event of both operations."""
    from openai.types.chat import ChatCompletion, ChatCompletionChunk, completion_create_params
    from openai.types.responses import Response, ResponseStreamEvent, response_create_params

    chat, responses = _operation(spec, "createChatCompletion"), _operation(spec, "createResponse")
    return [
        Root("chat.request", completion_create_params.CompletionCreateParamsBase, _request(chat)),
        Root("chat.ChatCompletion", ChatCompletion, _answer(chat)),
        Root("chat.ChatCompletionChunk", ChatCompletionChunk, _event(spec, chat)),
        Root("responses.request", response_create_params.ResponseCreateParamsBase, _request(responses)),
        Root("responses.Response", Response, _answer(responses)),
        Root("responses.ResponseStreamEvent", ResponseStreamEvent, _event(spec, responses)),
    ]


@dataclass(frozen=True)
class Finding:
    """One difference. `sdk` is the SDK type the spec lacks (a member's class, a field's type); `where` names the
    spec component to add it to (the object that lacks a field, the union that lacks a member), when known."""

    text: str
    sdk: Any = None
    where: str | None = None
    owner: type | None = None  # for a missing field: the SDK class that has it


def findings(spec: dict[str, Any]) -> list[str]:
    """Every difference between the SDK's types and the spec, sorted, before exclusions."""
    return sorted({finding.text for finding in detailed_findings(spec)})


def detailed_findings(spec: dict[str, Any]) -> list[Finding]:
    """Every difference, in walk order, with what a maintainer (or `draft`) needs to close it."""
    walker = _Walker(spec)
    for root in roots(spec):
        walker.compare(root.sdk_type, [{"$ref": root.pointer}], root.path)
    return walker.found


def described_classes(spec: dict[str, Any]) -> dict[type, str]:
    """The SDK classes the spec describes, with the name of the component that does."""
    walker = _Walker(spec)
    for root in roots(spec):
        walker.compare(root.sdk_type, [{"$ref": root.pointer}], root.path)
    return walker.matched


@dataclass
class Report:
    missing: list[str]  # findings nobody excused
    stale: list[str]  # exclusions that excuse nothing
    excused: int


def report(spec: dict[str, Any], decisions: Path) -> Report:
    """The findings not excused by `decisions` (docs/spec-decisions.md), and its exclusions that excuse nothing."""
    excluded = exclusions(decisions.read_text(encoding="utf-8"))
    found = findings(spec)
    used: set[str] = set()
    missing = []
    for finding in found:
        matched = [path for path in excluded if _covers(path, finding)]
        used.update(matched)
        if not matched:
            missing.append(finding)
    stale = [path for path in excluded if path not in used]
    return Report(missing, stale, len(found) - len(missing))


def exclusions(markdown: str) -> list[str]:
    """The paths in the first column of the exclusions table of docs/spec-decisions.md."""
    section = markdown.partition(EXCLUSIONS_SECTION)[2].split("\n## ", 1)[0]
    paths = []
    for line in section.splitlines():
        cell = line.strip().removeprefix("|").split("|", 1)[0].strip()
        if cell.startswith("`") and cell.endswith("`") and len(cell) > 2:
            paths.append(cell[1:-1])
    return paths


def _covers(excluded: str, finding: str) -> bool:
    return finding == excluded or any(finding.startswith(excluded + sep) for sep in (".", "[", "{", ":"))


# --- the spec side ---------------------------------------------------------------------------------------------


@dataclass
class SpecObject:
    properties: dict[str, list[dict[str, Any]]]
    tags: dict[str, set[str]]
    open_values: list[dict[str, Any]]  # additionalProperties schemas (a map's values)
    source: tuple[int, ...]  # the ids of the schemas it was read from (one object can be reached many ways)


@dataclass
class SpecShapes:
    objects: list[SpecObject] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)
    literals: set[Any] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)  # JSON Schema types of unconstrained primitives
    anything: bool = False
    null: bool = False
    unions: list[str] = field(default_factory=list)  # the components passed through that are unions


class _Walker:
    def __init__(self, spec: dict[str, Any]) -> None:
        self._spec = spec
        # (SDK class, tag value, spec objects) already compared: a member reached again along another path (an
        # output item in Response.output and in response.output_item.added) is reported once, at its first path;
        # recursive types end here too.
        self._seen: set[tuple[type, str, tuple[tuple[int, ...], ...]]] = set()
        self._component_names = {id(schema): name for name, schema in spec["components"]["schemas"].items()}
        self.found: list[Finding] = []
        self.matched: dict[type, str] = {}  # SDK class -> the spec component that describes it

    def compare(self, sdk_type: Any, schemas: list[dict[str, Any]], path: str) -> None:
        sdk, ours = shapes(sdk_type), self._shapes(schemas)
        if ours.anything or sdk.anything:
            return
        self._compare_objects(sdk.objects, ours, path)
        if sdk.items:
            if ours.items:
                self.compare(_union(sdk.items), ours.items, path)
            else:
                self.found.append(Finding(f"{path}: a list", sdk_type))
        for value in sdk.values:
            open_values = [schema for obj in ours.objects for schema in obj.open_values]
            if open_values:
                self.compare(value, open_values, path + "{}")
            elif not any(not obj.properties for obj in ours.objects):
                self.found.append(Finding(f"{path}: a map", sdk_type))
        self._compare_literals(sdk.literals, ours, path)
        for kind in sorted(sdk.kinds - _accepted_kinds(ours)):
            self.found.append(Finding(f"{path}: {KIND_NAMES[kind]}", sdk_type))
        # A request parameter the SDK types Optional is one OpenAI accepts as null (its spec says nullable); in an
        # answer model Optional only means the field may be absent, so answers are not compared for it.
        if sdk.null and not ours.null and path.startswith(REQUEST_ROOTS):
            self.found.append(Finding(f"{path}: null", sdk_type))

    def _compare_objects(self, objects: list[SdkObject], ours: SpecShapes, path: str) -> None:
        if objects and not ours.objects:
            self.found.append(Finding(f"{path}: an object", objects[0].tp))
            return
        single = len(objects) == 1 and len(ours.objects) == 1  # no union: the tag field is an ordinary field here
        for sdk_object in objects:
            members = [("", ours.objects)] if single else self._members(sdk_object, ours.objects)
            for label, matches in members:
                key = (sdk_object.tp, label, tuple(obj.source for obj in (matches or ours.objects)))
                if key in self._seen:
                    continue
                self._seen.add(key)
                if not matches:
                    self.found.append(Finding(path + label, sdk_object.tp, ours.unions[0] if ours.unions else None))
                    continue
                self._remember(sdk_object.tp, matches)
                for name, sdk_field in sdk_object.fields.items():
                    schemas = [schema for obj in matches for schema in obj.properties.get(name, [])]
                    if schemas:
                        self.compare(sdk_field, schemas, f"{path}{label}.{name}")
                    else:
                        where = self._component_names.get(matches[0].source[0])
                        self.found.append(Finding(f"{path}{label}.{name}", sdk_field, where, sdk_object.tp))

    def _remember(self, tp: type, matches: list[SpecObject]) -> None:
        for obj in matches:
            name = self._component_names.get(obj.source[0])
            if name is not None:
                self.matched.setdefault(tp, name)
                return

    def _members(self, sdk_object: SdkObject, ours: list[SpecObject]) -> Iterator[tuple[str, list[SpecObject]]]:
        """(label, the spec objects that describe the same member) for each tag value of `sdk_object`."""
        key = next((k for k in TAG_KEYS if k in sdk_object.tags), None)
        if key is None:
            yield "", ours
            return
        for value in sorted(sdk_object.tags[key]):
            label = f"[{key}={value}]"
            tagged = [obj for obj in ours if value in obj.tags.get(key, ())]
            if tagged:
                yield label, tagged
            elif not any(obj.tags for obj in ours):
                yield "", ours  # the spec has a single, untagged object here: compare fields with it
                return
            else:
                yield label, []

    def _compare_literals(self, literals: set[Any], ours: SpecShapes, path: str) -> None:
        accepted = _accepted_kinds(ours)
        for value in sorted(literals, key=repr):
            kind = _kind_of(value)
            if value not in ours.literals and (kind is None or kind not in accepted):
                self.found.append(Finding(f"{path}: value {value!r}", value))

    # Spec schemas as shapes.

    def _shapes(self, schemas: Iterable[dict[str, Any]]) -> SpecShapes:
        found = SpecShapes()
        for schema in schemas:
            self._collect(schema, found, set())
        return found

    def _collect(self, schema: Any, found: SpecShapes, refs: set[str]) -> None:
        if not isinstance(schema, dict):
            found.anything = found.anything or schema is True
            return
        schema = self._resolve(schema, refs, found)
        if schema is None:
            return
        if not schema:
            found.anything = True
            return
        for keyword in ("anyOf", "oneOf"):
            for member in schema.get(keyword, []):
                self._collect(member, found, set(refs))
        if "allOf" in schema:
            found.objects.append(self._merged_object(schema, refs))
            return
        if "const" in schema:
            found.literals.add(schema["const"])
        if "enum" in schema:
            found.literals.update(schema["enum"])
        declared = schema.get("type")
        kinds = declared if isinstance(declared, list) else [declared] if declared else []
        found.null = found.null or "null" in kinds or None in schema.get("enum", ()) or schema.get("const", 0) is None
        if "properties" in schema or "object" in kinds:
            found.objects.append(self._object(schema, refs))
        if "array" in kinds or "items" in schema:
            found.items.append(schema.get("items", {}))
        if "const" not in schema and "enum" not in schema:
            found.kinds.update(kind for kind in kinds if kind in KIND_NAMES)

    def _object(self, schema: dict[str, Any], refs: set[str]) -> SpecObject:
        properties = {name: [prop] for name, prop in schema.get("properties", {}).items()}
        extra = schema.get("additionalProperties")
        open_values = [extra] if isinstance(extra, dict) else [{}] if extra is True else []
        return SpecObject(properties, self._tags(properties), open_values, (id(schema),))

    def _merged_object(self, schema: dict[str, Any], refs: set[str]) -> SpecObject:
        merged = SpecObject({}, {}, [], (id(schema),))
        for part in [schema, *schema["allOf"]]:
            part = self._resolve(part, set(refs)) or {}
            nested = "allOf" in part and part is not schema
            inner = self._merged_object(part, refs) if nested else self._object(part, refs)
            for name, props in inner.properties.items():
                merged.properties.setdefault(name, []).extend(props)
            merged.open_values.extend(inner.open_values)
        merged.tags = self._tags(merged.properties)
        return merged

    def _tags(self, properties: dict[str, list[dict[str, Any]]]) -> dict[str, set[str]]:
        tags = {}
        for key in TAG_KEYS:
            values = self._shapes(properties.get(key, [])).literals
            if values:
                tags[key] = {value for value in values if isinstance(value, str)}
        return tags

    def _resolve(
        self, schema: dict[str, Any], refs: set[str], found: SpecShapes | None = None
    ) -> dict[str, Any] | None:
        while "$ref" in schema:
            ref = schema["$ref"]
            if ref in refs:
                return None
            refs.add(ref)
            schema = _pointer(self._spec, ref)
            if found is not None and ("oneOf" in schema or "anyOf" in schema):
                found.unions.append(ref.rsplit("/", 1)[-1])
        return schema


def _accepted_kinds(ours: SpecShapes) -> set[str]:
    return ours.kinds | ({"integer"} if "number" in ours.kinds else set())


def _kind_of(value: Any) -> str | None:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    return {str: "string", float: "number"}.get(type(value))


def _union(types_: list[Any]) -> Any:
    from typing import Union

    return types_[0] if len(types_) == 1 else Union[tuple(types_)]  # noqa: UP007


# --- locating the roots -------------------------------------------------------------------------------------------


def _operation(spec: dict[str, Any], operation_id: str) -> str:
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return f"#/paths/{_escape(path)}/{method}"
    raise KeyError(f"the spec has no operation {operation_id}")


def _request(operation: str) -> str:
    return f"{operation}/requestBody/content/application~1json/schema"


def _answer(operation: str) -> str:
    return f"{operation}/responses/200/content/application~1json/schema"


def _event(spec: dict[str, Any], operation: str) -> str:
    """The pointer of the JSON event in the operation's text/event-stream schema (not the error envelope)."""
    pointer = f"{operation}/responses/200/content/text~1event-stream/schema"
    envelope = _pointer(spec, pointer)
    while "$ref" in envelope:
        pointer, envelope = envelope["$ref"], _pointer(spec, envelope["$ref"])
    data = envelope["properties"]["data"]
    for variant in data.get("oneOf", data.get("anyOf", [data])):
        reference = variant.get("contentSchema", {}).get("$ref", "")
        if reference and not reference.endswith("/ErrorResponse"):
            return str(reference)
    raise KeyError(f"{pointer}: no JSON event schema")


def _pointer(spec: dict[str, Any], ref: str) -> dict[str, Any]:
    node: Any = spec
    for part in ref.removeprefix("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    if not isinstance(node, dict):
        raise KeyError(f"{ref} is not a schema")
    return node


def _escape(path: str) -> str:
    return re.sub("~", "~0", path).replace("/", "~1")
