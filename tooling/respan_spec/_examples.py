"""Find every example in the bundled spec and check it against the schema it illustrates."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import jsonschema

_DRAFT = jsonschema.Draft202012Validator


@dataclass(frozen=True)
class Example:
    """An example value, where it stands in the spec, and the schema it must satisfy."""

    location: str
    schema: dict[str, Any]
    value: Any


def iter_examples(spec: dict[str, Any]) -> Iterator[Example]:
    """Examples of request bodies, responses, parameters and schemas (`example`, `examples`)."""
    examples = spec.get("components", {}).get("examples", {})
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            where = f"{method.upper()} {path}"
            for param in operation.get("parameters", []):
                param = _deref(spec, param)
                yield from _from_holder(param, param.get("schema", {}), f"{where} parameter {param['name']}", examples)
            body = _deref(spec, operation.get("requestBody", {}))
            for media_type, media in body.get("content", {}).items():
                yield from _from_holder(media, media.get("schema", {}), f"{where} request {media_type}", examples)
            for status, response in operation.get("responses", {}).items():
                response = _deref(spec, response)
                for media_type, media in response.get("content", {}).items():
                    label = f"{where} response {status} {media_type}"
                    yield from _from_holder(media, media.get("schema", {}), label, examples)
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        for index, value in enumerate(schema.get("examples", [])):
            yield Example(f"schema {name} examples[{index}]", schema, value)


def _from_holder(
    holder: dict[str, Any], schema: dict[str, Any], where: str, named: dict[str, Any]
) -> Iterator[Example]:
    if "example" in holder:
        yield Example(f"{where} example", schema, holder["example"])
    for name, example in holder.get("examples", {}).items():
        if "$ref" in example:
            example = named[example["$ref"].rsplit("/", 1)[-1]]
        yield Example(f"{where} examples.{name}", schema, example["value"])


def _deref(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def validation_errors(spec: dict[str, Any], example: Example) -> list[str]:
    """Why `example` violates its schema (empty when it is valid), looking into JSON-encoded strings too."""
    return _errors(spec, example.schema, example.value, example.location)


def _errors(spec: dict[str, Any], schema: dict[str, Any], value: Any, where: str) -> list[str]:
    validator = _DRAFT({"components": spec["components"], "allOf": [schema]}, format_checker=_DRAFT.FORMAT_CHECKER)
    found = [f"{where}: /{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(value)]
    for content_schemas, text, path in _json_strings(spec, schema, value, where):
        try:
            decoded = json.loads(text)
        except json.JSONDecodeError as exc:
            found.append(f"{path}: not JSON ({exc})")
            continue
        # Alternatives (a chunk, or the error envelope): valid when one of them accepts the value.
        per_schema = [_errors(spec, content, decoded, f"{path} (decoded JSON)") for content in content_schemas]
        if all(per_schema):
            found += [error for errors in per_schema for error in errors]
    return found


def _json_strings(
    spec: dict[str, Any], schema: dict[str, Any], value: Any, where: str
) -> Iterator[tuple[list[dict[str, Any]], str, str]]:
    """(contentSchemas, text, location) for each string property whose schema says it holds JSON; several
    contentSchemas when the property's alternatives allow several JSON documents.

    JSON Schema validators treat contentMediaType/contentSchema as annotations only, so this checks them.
    """
    if not isinstance(value, dict):
        return
    for name, prop in _deref(spec, schema).get("properties", {}).items():
        text = value.get(name)
        if not isinstance(text, str):
            continue
        branches = [prop, *prop.get("anyOf", []), *prop.get("oneOf", [])]
        if any(branch.get("const") == text for branch in branches):
            continue  # a literal such as "[DONE]"
        contents = [
            branch["contentSchema"]
            for branch in branches
            if branch.get("contentMediaType") == "application/json" and "contentSchema" in branch
        ]
        if contents:
            yield contents, text, f"{where}/{name}"
