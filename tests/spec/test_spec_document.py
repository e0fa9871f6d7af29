"""The bundled spec is a valid OpenAPI 3.1 document, and the bundler reports broken references clearly."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from respan_spec import BundleError, bundle, load_spec

SPEC = load_spec()


def test_the_bundled_spec_is_valid_openapi_3_1() -> None:
    assert SPEC["openapi"].startswith("3.1")
    validate(SPEC)


def test_an_invalid_document_is_rejected_by_the_validator() -> None:
    broken = load_spec()
    broken["paths"]["/api/responses"]["post"]["responses"]["200"].pop("description")
    with pytest.raises(OpenAPIValidationError):
        validate(broken)


def test_operations_have_ids_tags_and_bearer_security() -> None:
    operations = [op for item in SPEC["paths"].values() for op in item.values()]
    assert {op["operationId"] for op in operations} == {"createChatCompletion", "createResponse"}
    for op in operations:
        assert op["summary"] and op["description"] and op["tags"]
        assert op["security"] == [{"bearerAuth": []}]
        assert {"200", "400", "401", "404", "413", "415", "429", "500"} <= set(op["responses"])


def test_streaming_is_documented_as_one_event_object() -> None:
    for item in SPEC["paths"].values():
        content = item["post"]["responses"]["200"]["content"]
        assert list(content) == ["application/json", "text/event-stream"]
        event = content["text/event-stream"]["schema"]["$ref"].rsplit("/", 1)[-1]
        assert SPEC["components"]["schemas"][event]["required"] == ["data"]


def test_a_response_id_links_to_previous_response_id() -> None:
    link = SPEC["paths"]["/api/responses"]["post"]["responses"]["200"]["links"]["ContinueConversation"]
    assert link["operationId"] == "createResponse"
    assert link["requestBody"] == {"previous_response_id": "$response.body#/id"}


def test_the_respan_header_describes_its_encoding() -> None:
    header = SPEC["components"]["schemas"]["RespanParamsHeader"]
    assert header["contentEncoding"] == "base64"
    assert header["contentMediaType"] == "application/json"
    assert header["contentSchema"] == {"$ref": "#/components/schemas/RespanParams"}


def test_the_bundler_names_an_unresolvable_reference(tmp_path: Path) -> None:
    root = tmp_path / "openapi.yaml"
    root.write_text(
        "openapi: 3.1.0\npaths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: ./parts.yaml#/schemas/Missing\n"
    )
    (tmp_path / "parts.yaml").write_text("schemas:\n  Other: {type: string}\n")
    with pytest.raises(BundleError, match="no component schemas/Missing"):
        bundle(root)


def test_the_bundler_refuses_a_name_defined_twice(tmp_path: Path) -> None:
    root = tmp_path / "openapi.yaml"
    root.write_text(
        "openapi: 3.1.0\npaths: {}\ncomponents:\n  schemas:\n"
        "    A: {$ref: ./one.yaml#/schemas/Same}\n    B: {$ref: ./two.yaml#/schemas/Same}\n"
    )
    (tmp_path / "one.yaml").write_text("schemas:\n  Same: {type: string}\n")
    (tmp_path / "two.yaml").write_text("schemas:\n  Same: {type: integer}\n")
    with pytest.raises(BundleError, match="defined in both"):
        bundle(root)


def _tags(schemas: dict[str, Any], ref: str, name: str) -> list[str] | None:
    """The values of property `name` of the object schema `ref` names, when it is required and a const or an enum."""
    member = schemas[ref.rpartition("/")[2]]
    kind = member.get("properties", {}).get(name, {})
    if name not in member.get("required", ()):
        return None
    return [kind["const"]] if "const" in kind else kind.get("enum")


def _unions(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if "oneOf" in node or "anyOf" in node:
            yield where, node
        for key, value in node.items():
            yield from _unions(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _unions(value, f"{where}/{index}")


def test_a_union_of_objects_told_apart_by_type_carries_its_discriminator() -> None:
    """The generated client dispatches on `type` either way; the discriminator is what the contract kit uses to
    report the field of the member a `type` selects (not "valid under none of the schemas") and what the
    reference shows as the member list."""
    schemas = SPEC["components"]["schemas"]
    missing = []
    for where, union in _unions(schemas, "#/components/schemas"):
        members: list[dict[str, Any]] = union.get("oneOf") or union.get("anyOf") or []
        refs: list[str] = [member["$ref"] for member in members if "$ref" in member]
        if len(refs) < 2 or len(refs) < len(members):
            continue  # inline members, or a single one: nothing to map
        name = union.get("discriminator", {}).get("propertyName", "type")
        tags = [_tags(schemas, ref, name) for ref in refs]
        if "discriminator" in union:
            mapping = {tag: ref.rpartition("/")[2] for tag, ref in union["discriminator"]["mapping"].items()}
            expected = {
                tag: ref.rpartition("/")[2] for ref, member in zip(refs, tags, strict=True) for tag in member or ()
            }
            assert mapping == expected, where
        elif all(tags):
            missing.append(where)
    assert missing == []
