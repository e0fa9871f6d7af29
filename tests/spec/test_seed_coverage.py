"""Every field and header on the gateway's two reference pages (docs/seeds/) is in the matching operation, with
a compatible type, the documented default and the documented range, unless docs/spec-decisions.md says why not."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from respan_spec import load_spec

REPO = Path(__file__).resolve().parents[2]
SEEDS = {"createChatCompletion": "chat-completions.txt", "createResponse": "responses.txt"}
FIELD_LINE = re.compile(
    r"^(?P<name>[A-Za-z][A-Za-z0-9_-]*?)"
    r"(?P<kind>string or list of objects|list of objects|list of strings|string|boolean|double|integer|object)"
    r"(?P<presence>Required|Optional)(?P<rest>.*)$"
)
RANGE = re.compile(r"\((-?\d+)(?:-| to )(-?\d+)\)")

# Deliberate differences from the seeds; each one is explained in docs/spec-decisions.md.
DELIBERATE = {
    ("createChatCompletion", "max_tokens"): "integer",
    ("createChatCompletion", "n"): "integer",
}


@dataclass(frozen=True)
class SeedField:
    operation: str
    name: str
    kind: str
    required: bool
    default: str | None
    max_length: int | None
    range: tuple[int, int] | None
    section: str


def seed_fields() -> list[SeedField]:
    fields = []
    for operation, filename in SEEDS.items():
        lines = (REPO / "docs" / "seeds" / filename).read_text(encoding="utf-8").splitlines()
        section = ""
        for index, line in enumerate(lines):
            if line.strip() in {"Headers", "Request", "Response", "Errors"}:
                section = line.strip()
            match = FIELD_LINE.match(line.strip())
            if not match or section not in {"Headers", "Request"}:
                continue
            rest = match["rest"]
            description = " ".join(lines[index + 1 : index + 4])
            default = rest.removeprefix("Defaults to ").strip() if rest.startswith("Defaults to") else None
            length = re.match(r"<=(\d+) characters", rest)
            found_range = RANGE.search(description)
            fields.append(
                SeedField(
                    operation=operation,
                    name=match["name"],
                    kind=match["kind"],
                    required=match["presence"] == "Required",
                    default=default,
                    max_length=int(length[1]) if length else None,
                    range=(int(found_range[1]), int(found_range[2])) if found_range else None,
                    section=section,
                )
            )
    return fields


SPEC = load_spec()
FIELDS = seed_fields()


def deref(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def operation(operation_id: str) -> dict[str, Any]:
    for item in SPEC["paths"].values():
        for op in item.values():
            if op["operationId"] == operation_id:
                return op  # type: ignore[no-any-return]
    raise LookupError(operation_id)


def request_properties(operation_id: str) -> tuple[dict[str, Any], set[str]]:
    """Properties and required names of the operation's JSON body, with allOf merged."""
    schema = deref(operation(operation_id)["requestBody"]["content"]["application/json"]["schema"])
    properties: dict[str, Any] = {}
    required: set[str] = set()
    for part in [schema, *schema.get("allOf", [])]:
        part = deref(part)
        properties.update(part.get("properties", {}))
        required.update(part.get("required", []))
    return properties, required


def accepts(schema: dict[str, Any], kind: str) -> bool:
    """Whether `schema` accepts values of the seed's `kind`."""
    schema = deref(schema)
    branches = schema.get("anyOf", []) + schema.get("oneOf", [])
    if any(accepts(branch, kind) for branch in branches):
        return True
    types = schema.get("type", [])
    types = [types] if isinstance(types, str) else types
    if kind == "string or list of objects":
        return accepts(schema, "string") and accepts(schema, "list of objects")
    if kind.startswith("list of "):
        item_kind = "object" if kind == "list of objects" else "string"
        return "array" in types and accepts(schema.get("items", {}), item_kind)
    wanted = {"string": {"string"}, "boolean": {"boolean"}, "double": {"number"}, "integer": {"integer", "number"}}
    return bool(set(types) & wanted.get(kind, {kind}))


def test_the_seed_pages_are_parsed() -> None:
    names = {(f.operation, f.name) for f in FIELDS}
    assert len(FIELDS) > 60
    assert ("createChatCompletion", "messages") in names
    assert ("createResponse", "previous_response_id") in names
    assert ("createChatCompletion", "X-Data-Respan-Params") in names


@pytest.mark.parametrize(
    "field", [f for f in FIELDS if f.section == "Request"], ids=lambda f: f"{f.operation}.{f.name}"
)
def test_every_seed_field_is_in_the_operation(field: SeedField) -> None:
    properties, required = request_properties(field.operation)
    assert field.name in properties, f"{field.name} missing from {field.operation}"
    schema = deref(properties[field.name])
    expected_kind = DELIBERATE.get((field.operation, field.name), field.kind)
    assert accepts(schema, expected_kind), f"{field.name}: {schema} does not accept {expected_kind}"
    assert (field.name in required) == field.required
    if field.default is not None:
        assert float(schema["default"]) == float(field.default)
    if field.max_length is not None:
        assert schema["maxLength"] == field.max_length
    if field.range is not None:
        assert (schema["minimum"], schema["maximum"]) == field.range


@pytest.mark.parametrize(
    "field", [f for f in FIELDS if f.section == "Headers"], ids=lambda f: f"{f.operation}.{f.name}"
)
def test_every_seed_header_is_in_the_operation(field: SeedField) -> None:
    op = operation(field.operation)
    if field.name == "Authorization":
        scheme = SPEC["components"]["securitySchemes"]["bearerAuth"]
        assert op["security"] == [{"bearerAuth": []}] and scheme["scheme"] == "bearer"
        return
    headers = {deref(p)["name"]: deref(p) for p in op["parameters"]}
    assert field.name in headers
    assert accepts(headers[field.name]["schema"], field.kind)


def test_the_responses_page_header_spelling_is_accepted() -> None:
    headers = {deref(p)["name"] for p in operation("createResponse")["parameters"]}
    assert {"X-Respan-Params", "X-Data-Respan-Params", "X-Data-Keywordsai-Params"} <= headers


def test_every_deliberate_difference_is_documented() -> None:
    decisions = (REPO / "docs" / "spec-decisions.md").read_text(encoding="utf-8")
    for _, name in DELIBERATE:
        assert f"`{name}`" in decisions


def test_the_compatibility_check_can_fail() -> None:
    assert not accepts({"type": "integer"}, "double")
    assert not accepts({"type": "array", "items": {"type": "string"}}, "list of objects")
    assert accepts(
        {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "object"}}]}, "string or list of objects"
    )
