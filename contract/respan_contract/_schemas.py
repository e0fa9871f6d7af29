"""Validators of the spec's components whose findings name the failing field.

A value that breaks a `oneOf` union gets one message from a JSON Schema validator: "... is not valid under any of
the schemas listed in the 'oneOf' keyword", at the union, whatever is wrong inside the member it was meant to be.
Every union of the spec that has a discriminator is therefore validated here in an equivalent form that picks the
member by the discriminator (`type`): `{"type": "response.output_text.delta", ...}` without `sequence_number` is
reported as "/sequence_number ... is a required property", an unknown `type` as "... is not one of [...]".
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

import jsonschema_rs

MAX_REASONS = 3


class SchemaValidators:
    """Compiled validators for the components of one spec."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self._components = discriminated(spec["components"])
        self._cache: dict[str, jsonschema_rs.Validator] = {}

    def errors(self, component: str, value: Any) -> list[str]:
        """Why `value` is not valid against `#/components/schemas/<component>` (at most three reasons)."""
        validator = self._cache.get(component)
        if validator is None:
            root = {"components": self._components, "$ref": f"#/components/schemas/{component}"}
            validator = self._cache[component] = jsonschema_rs.Draft202012Validator(root)
        found = []
        for error in validator.iter_errors(value):
            where = "/" + "/".join(str(part) for part in error.instance_path)
            found.append(f"{where}: {error.message}")
            if len(found) == MAX_REASONS:
                break
        return found

    def member(self, union: str, tag: Any) -> str | None:
        """The component of the union member whose discriminator value is `tag` (None: no such member)."""
        mapping = self._mappings().get(union, {})
        target = mapping.get(tag) if isinstance(tag, str) else None
        return target.rsplit("/", 1)[-1] if target else None

    def _mappings(self) -> dict[str, dict[str, str]]:
        return {
            name: schema["x-discriminator-mapping"]
            for name, schema in self._components.get("schemas", {}).items()
            if isinstance(schema, dict) and "x-discriminator-mapping" in schema
        }


def discriminated(components: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of `components` whose discriminated `oneOf` unions choose their member by the discriminator."""
    result = copy.deepcopy(dict(components))
    _rewrite(result)
    return result


def _rewrite(node: Any) -> None:
    if isinstance(node, list):
        for item in node:
            _rewrite(item)
        return
    if not isinstance(node, dict):
        return
    for value in node.values():
        _rewrite(value)
    discriminator = node.get("discriminator")
    if "oneOf" in node and isinstance(discriminator, dict) and isinstance(discriminator.get("mapping"), dict):
        _by_discriminator(node, discriminator["propertyName"], discriminator["mapping"])


def _by_discriminator(node: dict[str, Any], tag: str, mapping: dict[str, str]) -> None:
    """Replace the `oneOf` of `node` with: an object whose `tag` is one of the mapping's values, valid against
    the member that value maps to. The same values as before; findings from inside that member."""
    del node["oneOf"]
    node.pop("discriminator")
    node["type"] = "object"
    node["required"] = [tag]
    node["properties"] = {tag: {"enum": sorted(mapping)}}
    node["allOf"] = [
        {"if": {"properties": {tag: {"const": value}}}, "then": {"$ref": target}} for value, target in mapping.items()
    ]
    node["x-discriminator-mapping"] = dict(mapping)
