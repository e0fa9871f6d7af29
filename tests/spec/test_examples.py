"""Every example in the spec is valid against the schema it illustrates, including JSON inside SSE `data`."""

from __future__ import annotations

import copy

import pytest
from respan_spec import load_spec
from respan_spec._examples import Example, iter_examples, validation_errors

SPEC = load_spec()
EXAMPLES = list(iter_examples(SPEC))


def test_each_operation_has_request_response_and_stream_examples() -> None:
    for operation in ("POST /api/chat/completions", "POST /api/responses"):
        locations = [e.location for e in EXAMPLES if e.location.startswith(operation)]
        assert any(" request application/json" in loc for loc in locations)
        assert any(" response 200 application/json" in loc for loc in locations)
        assert any(" response 200 text/event-stream" in loc for loc in locations)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.location)
def test_example_is_valid(example: Example) -> None:
    assert validation_errors(SPEC, example) == []


def test_an_invalid_example_is_caught() -> None:
    example = next(e for e in EXAMPLES if e.location.endswith("request application/json examples.basic"))
    broken = Example(example.location, example.schema, {**copy.deepcopy(example.value), "temperature": 3})
    assert any("/temperature" in message for message in validation_errors(SPEC, broken))


def test_invalid_json_inside_a_stream_event_is_caught() -> None:
    example = next(e for e in EXAMPLES if e.location.endswith("text/event-stream examples.firstChunk"))
    not_json = Example(example.location, example.schema, {"data": "{not json"})
    wrong_chunk = Example(example.location, example.schema, {"data": '{"object": "chat.completion.chunk"}'})
    assert any("not JSON" in message for message in validation_errors(SPEC, not_json))
    assert any("'id' is a required property" in message for message in validation_errors(SPEC, wrong_chunk))
