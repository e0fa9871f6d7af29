"""Structured output and tool arguments are valid against the schema the request gave, for every keyword OpenAI's
strict structured outputs allow: pattern, format, enum, const, numeric bounds and multipleOf, array bounds,
anyOf, $defs/$ref recursion. Each answer is checked with a JSON Schema validator (formats included)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import jsonschema
import pytest

from tests.mock.conformance import Conformance

STRICT_KEYWORDS: dict[str, dict[str, Any]] = {
    "pattern": {"type": "string", "pattern": "^[A-Z]{2}-[0-9]{4}$"},
    "pattern_unanchored": {"type": "string", "pattern": "[0-9]{3}"},
    "date_time": {"type": "string", "format": "date-time"},
    "email": {"type": "string", "format": "email"},
    "uuid": {"type": "string", "format": "uuid"},
    "ipv6": {"type": "string", "format": "ipv6"},
    "enum": {"type": "string", "enum": ["red", "green"]},
    "const": {"const": 42},
    "bounds": {"type": "number", "exclusiveMinimum": 10, "maximum": 10.5},
    "multiple": {"type": "number", "minimum": 1, "maximum": 2, "multipleOf": 0.25},
    "integer_multiple": {"type": "integer", "minimum": 7, "maximum": 20, "multipleOf": 5},
    "array": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 3},
    "any_of": {"anyOf": [{"type": "string", "pattern": "^id_[0-9]+$"}, {"type": "null"}]},
}
TREE: dict[str, Any] = {
    "type": "object",
    "properties": {"root": {"$ref": "#/$defs/node"}},
    "required": ["root"],
    "additionalProperties": False,
    "$defs": {
        "node": {
            "type": "object",
            "properties": {
                "label": {"type": "string", "pattern": "^n[0-9]$"},
                "children": {"type": "array", "items": {"$ref": "#/$defs/node"}},
                "next": {"anyOf": [{"$ref": "#/$defs/node"}, {"type": "null"}]},
            },
            "required": ["label", "children", "next"],
            "additionalProperties": False,
        }
    },
}


def strict(properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": list(properties), "additionalProperties": False}


def assert_valid(value: Any, schema: dict[str, Any]) -> None:
    jsonschema.validate(value, schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


@pytest.mark.parametrize("keyword", sorted(STRICT_KEYWORDS))
def test_chat_json_schema_output_follows_each_keyword(
    client: httpx.Client, conformance: Conformance, keyword: str
) -> None:
    schema = strict({"value": STRICT_KEYWORDS[keyword]})
    for seed in range(4):  # different requests, different draws
        body = {
            "model": "gpt-4o",
            "messages": [{"role": "user", "content": f"Give a value ({seed})."}],
            "response_format": {"type": "json_schema", "json_schema": {"name": "v", "strict": True, "schema": schema}},
        }
        response = client.post("/api/chat/completions", json=body)
        conformance.check(response)
        assert_valid(json.loads(response.json()["choices"][0]["message"]["content"]), schema)


def test_every_keyword_at_once_in_responses_text_format(client: httpx.Client, conformance: Conformance) -> None:
    schema = strict(STRICT_KEYWORDS)
    text = {"format": {"type": "json_schema", "name": "all", "strict": True, "schema": schema}}
    response = client.post("/api/responses", json={"model": "gpt-4o", "input": "All of them.", "text": text})
    conformance.check(response, "/api/responses")
    assert_valid(json.loads(response.json()["output"][0]["content"][0]["text"]), schema)


def test_a_recursive_schema_gets_a_finite_valid_value(client: httpx.Client, conformance: Conformance) -> None:
    text = {"format": {"type": "json_schema", "name": "tree", "strict": True, "schema": TREE}}
    response = client.post("/api/responses", json={"model": "gpt-4o", "input": "A tree.", "text": text})
    conformance.check(response, "/api/responses")
    assert_valid(json.loads(response.json()["output"][0]["content"][0]["text"]), TREE)


def test_tool_arguments_follow_the_functions_parameters(client: httpx.Client, conformance: Conformance) -> None:
    parameters = strict({"code": STRICT_KEYWORDS["pattern"], "when": STRICT_KEYWORDS["date_time"], "tree": TREE})
    parameters["$defs"] = TREE["$defs"]
    parameters["properties"]["tree"] = {"$ref": "#/$defs/node"}
    tools = [{"type": "function", "function": {"name": "book", "strict": True, "parameters": parameters}}]
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": "Book it."}], "tools": tools}
    response = client.post("/api/chat/completions", json={**body, "tool_choice": "required"})
    conformance.check(response)
    arguments = response.json()["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]
    assert_valid(json.loads(arguments), parameters)
