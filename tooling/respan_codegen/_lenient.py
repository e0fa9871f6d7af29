"""Make the generator's view of the spec lenient where the spec itself is strict: lenient client, strict kit.

The spec (and so the mock and the contract kit) allows exactly the union members it lists. A client generated from
it alone would fail on the day a gateway sends a member the spec does not list yet (a new output item, tool or
stream event). So every union whose members are objects told apart by their `type` gets one more member here,
`Unknown<Union>`: any object with a string `type`, every field kept in `additional_properties`. The templates
(overlays/templates) try it last, when no member's `type` matches or the matching member cannot read the data.
"""

from __future__ import annotations

from typing import Any

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
