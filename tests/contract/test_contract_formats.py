"""The base64-JSON header format: strict decoding with a reason, and generated values that are valid."""

from __future__ import annotations

import base64
import json

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from respan_contract._formats import (
    MAX_GENERATED_LENGTH,
    HeaderDecodeError,
    decode_params,
    encode_params,
    for_generation,
    header_values,
)
from respan_spec import load_spec

SPEC = load_spec()
PARAMS = jsonschema.Draft202012Validator(
    {"components": SPEC["components"], "$ref": "#/components/schemas/RespanParams"}
)


def test_a_value_round_trips_with_or_without_padding() -> None:
    value = encode_params({"disable_log": True})
    assert decode_params(value) == {"disable_log": True}
    assert decode_params(value.rstrip("=")) == {"disable_log": True}


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("%%%", "not base64"),
        ("", "not JSON"),
        (base64.b64encode(b"not json").decode(), "not JSON"),
        (base64.b64encode(b"\xff\xfe").decode(), "not JSON"),
        (encode_params([1]), "not a JSON object"),
        (encode_params("x"), "not a JSON object"),
    ],
)
def test_a_malformed_value_is_rejected_with_its_reason(value: str, reason: str) -> None:
    with pytest.raises(HeaderDecodeError) as raised:
        decode_params(value)
    assert raised.value.reason == reason


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(header_values(SPEC))
def test_generated_values_are_valid_respan_params(value: str) -> None:
    assert len(value) <= MAX_GENERATED_LENGTH
    decoded = json.loads(base64.b64decode(value, validate=True))
    assert PARAMS.is_valid(decoded), decoded


def test_generation_ignores_the_length_bounds_of_base64_json_strings() -> None:
    spec = load_spec()
    generated = for_generation(spec)
    assert "minLength" not in generated["components"]["schemas"]["RespanParamsHeader"]
    assert spec["components"]["schemas"]["RespanParamsHeader"]["minLength"] == 1  # the spec itself is untouched
    assert generated["components"]["schemas"]["RespanParams"] == spec["components"]["schemas"]["RespanParams"]
