"""Make the generator's view of the spec lenient where the spec itself is strict: lenient client, strict kit.

The spec (and so the mock and the contract kit) allows exactly the union members it lists. A client generated from
it alone would fail on the day a gateway sends a member the spec does not list yet (a new output item, tool or
stream event). So every union whose members are objects told apart by their `type` gets one more member here,
`Unknown<Union>`: any object with a string `type`, every field kept in `additional_properties`. The templates
(overlays/templates) try it last, when no member's `type` matches or the matching member cannot read the data.

Likewise every optional field of an answer may be null here (other gateways send `null` for what they leave out).
Making a schema nullable must not rename its generated class, so inline enums and objects that may be null are
given, as components, the names the generator gives them when they may not.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from openapi_python_client.strings import pascal_case

CATCH_ALL_KEY = "x-codegen-catch-all"  # marks the catch-all member for the union template
MIN_TAGGED_MEMBERS = 2


def add_catch_all_members(spec: dict[str, Any]) -> list[str]:
    """Give every union of `type`-tagged objects its catch-all member, in place; the names of those added."""
    schemas: dict[str, Any] = spec["components"]["schemas"]
    added = []
    for name in sorted(schemas):
        schema = schemas[name]
        keyword = "oneOf" if "oneOf" in schema else "anyOf" if "anyOf" in schema else None
        if keyword is None or _tagged_members(schemas, schema[keyword]) < MIN_TAGGED_MEMBERS:
            continue
        catch_all = catch_all_name(name)
        schemas[catch_all] = _catch_all_schema(name)
        schema[keyword].append({"$ref": f"#/components/schemas/{catch_all}"})
        added.append(catch_all)
    return added


def catch_all_name(union: str) -> str:
    return "Unknown" + union.removesuffix("Union")


def _catch_all_schema(union: str) -> dict[str, Any]:
    return {
        "type": "object",
        CATCH_ALL_KEY: True,
        "description": (
            f"A {union} whose `type` this client does not know (sent by a newer gateway), or that it cannot read: "
            "`type` and every other field are kept, in `additional_properties`."
        ),
        "required": ["type"],
        "properties": {"type": {"type": "string"}},
        "additionalProperties": True,
    }


def _tagged_members(schemas: dict[str, Any], members: list[Any]) -> int:
    """How many of `members` are objects whose `type` is a constant (or a list of constants)."""
    count = 0
    for member in members:
        ref = member.get("$ref", "") if isinstance(member, dict) else ""
        target = schemas.get(ref.rsplit("/", 1)[-1], {}) if ref.startswith("#/components/schemas/") else {}
        tag = target.get("properties", {}).get("type", {})
        if "const" in tag or "enum" in tag:
            count += 1
    return count


def allow_null_in_optional_answer_fields(spec: dict[str, Any]) -> list[str]:
    """Let every optional field of what a 200 answer holds be null, in place; the schemas changed.

    Other implementations of this API write an absent field as `null` (LiteLLM's `"logprobs": null` in an
    output_text part, `"role": null` in a chat delta), and the openai SDK reads those as None. The spec leaves null
    out (the contract kit reports it); the client reads it as None instead of failing on the whole answer.
    """
    schemas: dict[str, Any] = spec["components"]["schemas"]
    changed = set()
    for name in sorted(_answer_schemas(spec)):
        for properties, key, class_name, required in _properties(schemas[name], name):
            if not required and not _accepts_null(properties[key]):
                properties[key] = _or_null(properties[key], class_name, schemas)
                changed.add(name)
    return sorted(changed)


def keep_the_names_of_nullable_inline_schemas(spec: dict[str, Any]) -> list[str]:
    """Give an inline enum or object that may also be null (`type: [string, 'null']` with an enum) the component
    name the generator gives it when it may not, in place; the names given. Inside the union the generator makes
    of it, it would be named `<Owner><Field>Type1` (and one class more per enum): making a parameter nullable
    would rename its class."""
    schemas: dict[str, Any] = spec["components"]["schemas"]
    named = []
    for name in sorted(schemas):
        for properties, key, class_name, _ in _properties(schemas[name], name):
            schema = properties[key]
            kinds = schema.get("type") if isinstance(schema, dict) else None
            if isinstance(kinds, list) and "null" in kinds and len(kinds) == 2:
                (kind,) = [k for k in kinds if k != "null"]
                plain = {**schema, "type": kind}
                if "enum" in plain:
                    plain["enum"] = [value for value in plain["enum"] if value is not None]
                nullable = _or_null(plain, class_name, schemas)
                if nullable != {**plain, "type": kinds}:  # equal: a plain value, nothing to name
                    properties[key] = nullable
                    named.append(class_name)
    return named


def _properties(schema: Any, owner: str) -> Iterator[tuple[dict[str, Any], str, str, bool]]:
    """(properties, key, the class name the generator gives the field's inline schema, whether it is required) of
    every property of the object `schema` (named `owner` by the generator) and of the objects defined inline in it.
    """
    if not isinstance(schema, dict):
        return
    for index, member in enumerate([*schema.get("oneOf", []), *schema.get("anyOf", []), *schema.get("allOf", [])]):
        yield from _properties(member, f"{owner}Type{index}")
    yield from _properties(schema.get("items"), f"{owner}Item")
    properties = schema.get("properties")
    if not isinstance(properties, dict):
        return
    required = set(schema.get("required", ()))
    for key in list(properties):
        name = owner + pascal_case(key)
        yield from _properties(properties[key], name)
        yield properties, key, name, key in required


def _answer_schemas(spec: dict[str, Any]) -> set[str]:
    """The names of the component schemas a 200 answer of any operation refers to, directly or not."""
    schemas: dict[str, Any] = spec["components"]["schemas"]
    answers = [operation["responses"]["200"] for item in spec["paths"].values() for operation in item.values()]
    seen: set[str] = set()
    pending = _refs(answers, spec)
    while pending:
        name = pending.pop()
        if name not in seen and name in schemas:
            seen.add(name)
            pending.extend(_refs(schemas[name], spec))
    return seen


def _refs(node: Any, spec: dict[str, Any]) -> list[str]:
    """The component schemas `node` refers to (through components/responses too), by name."""
    if isinstance(node, list):
        return [name for item in node for name in _refs(item, spec)]
    if not isinstance(node, dict):
        return []
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/responses/"):
        return _refs(spec["components"]["responses"][ref.rsplit("/", 1)[-1]], spec)
    found = [ref.rsplit("/", 1)[-1]] if isinstance(ref, str) and ref.startswith("#/components/schemas/") else []
    return found + [name for key, value in node.items() if key != "$ref" for name in _refs(value, spec)]


def _accepts_null(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return True  # a boolean schema
    if "$ref" in schema:
        return False  # a component: an object, an enum or a union, none of them null
    kind = schema.get("type")
    if kind is None and not any(keyword in schema for keyword in ("oneOf", "anyOf", "allOf", "enum", "const")):
        return True  # any value
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    return any(_accepts_null(member) for member in [*schema.get("anyOf", []), *schema.get("oneOf", [])])


def _or_null(schema: dict[str, Any], name: str, schemas: dict[str, Any]) -> dict[str, Any]:
    """`schema` or null, written so that the generator reads it as `X | None` and names X as before."""
    described = {"description": schema["description"]} if "description" in schema else {}
    if "enum" in schema or "properties" in schema or schema.get("type") == "object":
        # An inline enum or object becomes a component of the name the generator gave it: inside a union it would
        # be named `<name>Type0`.
        if name not in schemas:
            schemas[name] = schema
            return {**described, "anyOf": [{"$ref": f"#/components/schemas/{name}"}, {"type": "null"}]}
    elif isinstance(schema.get("type"), str) and "const" not in schema:
        items = schema.get("items")
        if isinstance(items, dict) and ("enum" in items or "properties" in items) and f"{name}Item" not in schemas:
            schemas[f"{name}Item"] = items  # named as before: in a nullable array it would be `<name>Type0Item`
            schema = {**schema, "items": {"$ref": f"#/components/schemas/{name}Item"}}
        return {**schema, "type": [schema["type"], "null"]}
    elif set(schema) - {"description"} == {"anyOf"}:
        return {**schema, "anyOf": [*schema["anyOf"], {"type": "null"}]}
    inner = {key: value for key, value in schema.items() if key != "description"}
    return {**described, "anyOf": [inner, {"type": "null"}]}
