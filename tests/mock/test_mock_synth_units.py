"""Units under the answers: the tokenizer and the value generator for JSON Schemas."""

from __future__ import annotations

import random
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from respan_mock._jsonvalue import example_value
from respan_mock._tokens import count, tokenize


@given(st.text())
def test_tokens_join_back_into_the_text(text: str) -> None:
    tokens = tokenize(text)
    assert "".join(tokens) == text
    assert count(text) == len(tokens)


def test_tokenizer_splits_words_and_punctuation() -> None:
    assert tokenize("Hello, wonderful world!") == ["Hello", ",", " wonder", "ful", " world", "!"]


SCHEMAS: list[dict[str, Any]] = [
    {
        "type": "object",
        "properties": {"a": {"type": "string", "minLength": 30}, "b": {"type": "string", "maxLength": 2}},
    },
    {"type": "integer", "minimum": 10, "exclusiveMaximum": 12},
    {"type": "integer", "multipleOf": 7, "minimum": 50},
    {"type": "number", "exclusiveMinimum": 0.5, "maximum": 0.6},
    {"type": ["null", "boolean"]},
    {"enum": ["red", "green", 3]},
    {"const": {"fixed": True}},
    {"type": "array", "items": {"type": "integer"}, "minItems": 3, "maxItems": 3},
    {"type": "array", "prefixItems": [{"type": "string"}, {"type": "boolean"}], "minItems": 2},
    {"type": "object", "minProperties": 3, "additionalProperties": {"type": "number"}},
    {
        "allOf": [
            {"type": "object", "properties": {"x": {"type": "integer"}}, "required": ["x"]},
            {"properties": {"y": {"type": "string"}}, "required": ["y"]},
        ]
    },
    {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "integer"}]},
    {"oneOf": [{"type": "string", "format": "email"}]},
    {"type": "string", "format": "uuid"},
    {
        "$defs": {
            "node": {
                "type": "object",
                "properties": {"value": {"type": "integer"}, "next": {"$ref": "#/$defs/node"}},
                "required": ["value", "next"],
            }
        },
        "$ref": "#/$defs/node",
    },
    {"definitions": {"leaf": {"type": "boolean"}}, "type": "array", "items": {"$ref": "#/definitions/leaf"}},
]


@pytest.mark.parametrize("schema", SCHEMAS)
def test_generated_values_are_valid(schema: dict[str, Any]) -> None:
    for seed in range(5):
        value = example_value(schema, random.Random(seed))
        if "$defs" in schema and "node" in schema["$defs"]:
            continue  # a required self-reference has no finite instance; it must still terminate
        jsonschema.validate(value, schema, format_checker=jsonschema.FormatChecker())


def test_generation_is_deterministic_per_seed() -> None:
    schema = {"type": "object", "properties": {"n": {"type": "integer"}, "s": {"type": "string"}}}
    assert example_value(schema, random.Random(3)) == example_value(schema, random.Random(3))


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=6),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(
            st.sampled_from(
                [
                    "type",
                    "properties",
                    "items",
                    "required",
                    "$ref",
                    "allOf",
                    "anyOf",
                    "oneOf",
                    "enum",
                    "minimum",
                    "maximum",
                    "minLength",
                    "maxItems",
                    "minItems",
                    "multipleOf",
                    "format",
                    "x",
                ]
            ),
            children,
            max_size=4,
        )
    ),
    max_leaves=15,
)


@settings(max_examples=300, deadline=None)
@given(_json)
def test_any_json_as_a_schema_never_raises(schema: Any) -> None:
    example_value(schema, random.Random(0))
