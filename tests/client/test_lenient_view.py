"""The generator's lenient view of the spec (tooling/respan_codegen/_lenient.py): what it loosens for answers, and
what it leaves exactly as the spec says."""

from __future__ import annotations

from typing import Any

from respan_codegen._generate import build_spec
from respan_codegen._lenient import allow_null_in_optional_answer_fields, keep_the_names_of_nullable_inline_schemas
from respan_spec import load_spec

NULL = {"type": "null"}
ITEM = {"type": "object", "properties": {"n": {"type": "integer"}}}


def tiny_spec() -> dict[str, Any]:
    answer = {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Answer"}}}}}
    request = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Ask"}}}}
    return {
        "paths": {"/ask": {"post": {"requestBody": request, "responses": answer}}},
        "components": {
            "schemas": {
                "Ask": {"type": "object", "properties": {"note": {"type": "string"}}},
                "Answer": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                        "id": {"type": "string"},
                        "text": {"type": "string"},
                        "already": {"type": ["string", "null"]},
                        "role": {"type": "string", "enum": ["user", "assistant"], "description": "Who."},
                        "parts": {"type": "array", "items": ITEM},
                        "usage": {"$ref": "#/components/schemas/Usage"},
                    },
                },
                "Usage": {"type": "object", "properties": {"total": {"type": "integer"}}},
            }
        },
    }


def test_optional_answer_fields_accept_null_and_inline_classes_keep_their_names() -> None:
    spec = tiny_spec()
    changed = allow_null_in_optional_answer_fields(spec)
    schemas = spec["components"]["schemas"]
    answer = schemas["Answer"]["properties"]
    assert changed == ["Answer", "Usage"]
    assert answer["id"] == {"type": "string"}  # required: as the spec says
    assert answer["text"] == {"type": ["string", "null"]}
    assert answer["already"] == {"type": ["string", "null"]}
    assert answer["usage"] == {"anyOf": [{"$ref": "#/components/schemas/Usage"}, NULL]}
    # An inline enum or object item becomes the component the generator names it after anyway (AnswerRole,
    # AnswerPartsItem): inside a union it would be renamed AnswerRoleType0.
    assert answer["role"] == {"description": "Who.", "anyOf": [{"$ref": "#/components/schemas/AnswerRole"}, NULL]}
    assert schemas["AnswerRole"]["enum"] == ["user", "assistant"]
    assert answer["parts"] == {"type": ["array", "null"], "items": {"$ref": "#/components/schemas/AnswerPartsItem"}}
    assert schemas["AnswerPartsItem"]["properties"]["n"] == {"type": ["integer", "null"]}
    assert schemas["Usage"]["properties"]["total"] == {"type": ["integer", "null"]}


def test_schemas_only_requests_use_stay_exact() -> None:
    spec = tiny_spec()
    allow_null_in_optional_answer_fields(spec)
    assert spec["components"]["schemas"]["Ask"] == tiny_spec()["components"]["schemas"]["Ask"]


def test_the_real_view_leaves_the_request_parameters_as_nullable_as_the_spec_has_them() -> None:
    spec, view = load_spec()["components"]["schemas"], build_spec()["components"]["schemas"]
    for params in ("ChatCompletionParams", "ResponseParams"):  # the request bodies' own parameters
        for key, schema in spec[params]["properties"].items():
            assert _nullable(view[params]["properties"][key]) == _nullable(schema), f"{params}.{key}"
    assert not _nullable(view["ChatCompletionParams"]["properties"]["stream"])
    assert view["ChatCompletionDelta"]["properties"]["tool_calls"]["type"] == ["array", "null"]


def _nullable(schema: dict[str, Any]) -> bool:
    kinds = schema.get("type")
    return kinds == "null" or (isinstance(kinds, list) and "null" in kinds) or NULL in schema.get("anyOf", [])


def test_a_nullable_inline_enum_or_object_keeps_the_name_it_has_when_not_nullable() -> None:
    spec = tiny_spec()
    schemas = spec["components"]["schemas"]
    schemas["Ask"]["properties"] |= {
        "effort": {"type": ["string", "null"], "enum": ["low", "high", None]},
        "options": {"type": ["object", "null"], "properties": {"usage": {"type": "boolean"}}},
        "count": {"type": ["integer", "null"]},
    }
    assert keep_the_names_of_nullable_inline_schemas(spec) == ["AskEffort", "AskOptions"]
    ask = schemas["Ask"]["properties"]
    assert ask["effort"] == {"anyOf": [{"$ref": "#/components/schemas/AskEffort"}, NULL]}
    assert schemas["AskEffort"] == {"type": "string", "enum": ["low", "high"]}
    assert schemas["AskOptions"] == {"type": "object", "properties": {"usage": {"type": "boolean"}}}
    assert ask["count"] == {"type": ["integer", "null"]}  # a plain value has no class to name
