"""The x-codegen-* annotations the templates read, derived from the spec."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from respan_codegen import AnnotationError, annotate, build_spec
from respan_spec import load_spec


def ok_response(spec: dict[str, Any], path: str) -> dict[str, Any]:
    response: dict[str, Any] = spec["paths"][path]["post"]["responses"]["200"]
    return response


def test_chat_stream_is_chunks_ending_with_done_turned_on_by_stream() -> None:
    stream = ok_response(annotate(load_spec()), "/api/chat/completions")["x-codegen-stream"]
    assert stream == {
        "payload": "ChatCompletionChunk",
        "terminator": "[DONE]",
        "discriminator": None,
        "error_event": None,
        "catch_all": None,
        "request_flag": "stream",
    }


def test_responses_stream_maps_every_event_type_of_the_spec_union() -> None:
    spec = load_spec()
    union = spec["components"]["schemas"]["ResponseStreamEvent"]
    stream = ok_response(annotate(spec), "/api/responses")["x-codegen-stream"]
    assert stream["payload"] == "ResponseStreamEvent"
    assert stream["terminator"] is None
    assert stream["discriminator"]["property"] == "type"
    expected = {kind: ref.rsplit("/", 1)[-1] for kind, ref in union["discriminator"]["mapping"].items()}
    assert stream["discriminator"]["mapping"] == expected
    assert stream["error_event"] == "error"
    assert stream["catch_all"] is None  # the spec itself lists only the events it knows


def test_the_generator_sees_a_catch_all_event_for_types_it_does_not_know() -> None:
    stream = ok_response(build_spec(), "/api/responses")["x-codegen-stream"]
    assert stream["catch_all"] == "UnknownResponseStreamEvent"
    assert "UnknownResponseStreamEvent" not in stream["discriminator"]["mapping"].values()


def test_every_union_of_typed_objects_gets_a_catch_all_member_in_the_generators_view_only() -> None:
    spec = build_spec()
    schemas = spec["components"]["schemas"]
    for union in ("OutputItem", "InputItem", "ResponseTool", "ResponseToolChoice", "Annotation", "ChatToolCallUnion"):
        members = schemas[union].get("oneOf", schemas[union].get("anyOf"))
        catch_all = "Unknown" + union.removesuffix("Union")
        assert members[-1] == {"$ref": f"#/components/schemas/{catch_all}"}, union
        assert schemas[catch_all]["required"] == ["type"]
        assert schemas[catch_all]["additionalProperties"] is True
    assert not any(name.startswith("Unknown") for name in load_spec()["components"]["schemas"])
    assert "UnknownChatMessage" not in schemas  # chat messages are told apart by role, not type


def test_answers_need_no_sequence_number_in_the_generators_view_only() -> None:
    generator, spec = build_spec()["components"]["schemas"], load_spec()["components"]["schemas"]
    assert "sequence_number" in spec["ResponseWebSearchCallSearchingEvent"]["required"]
    assert "sequence_number" not in generator["ResponseWebSearchCallSearchingEvent"]["required"]
    assert "tools" in spec["Response"]["required"]
    assert {"id", "output"} <= set(generator["Response"]["required"])
    assert not {"tools", "tool_choice", "parallel_tool_calls", "status"} & set(generator["Response"]["required"])


def test_only_the_current_json_header_gets_a_typed_argument() -> None:
    headers = ok_response(annotate(load_spec()), "/api/responses")["x-codegen-json-headers"]
    assert [(h["header"], h["schema"]) for h in headers] == [("X-Data-Respan-Params", "RespanParams")]


def test_a_stream_without_a_json_payload_is_refused_naming_the_operation() -> None:
    spec = load_spec()
    data = spec["components"]["schemas"]["ChatCompletionStreamEvent"]["properties"]["data"]
    data["anyOf"] = [{"type": "string"}]
    with pytest.raises(AnnotationError, match="POST /api/chat/completions: the text/event-stream schema"):
        annotate(spec)


def test_an_event_union_without_a_discriminator_mapping_is_refused() -> None:
    spec = load_spec()
    del spec["components"]["schemas"]["ResponseStreamEvent"]["discriminator"]
    with pytest.raises(AnnotationError, match="ResponseStreamEvent needs a discriminator"):
        annotate(spec)


def test_the_generator_sees_no_defaults_while_the_spec_keeps_them() -> None:
    def defaults(node: Any) -> int:
        if isinstance(node, dict):
            return ("default" in node) + sum(defaults(v) for k, v in node.items() if k != "enum")
        return sum(defaults(v) for v in node) if isinstance(node, list) else 0

    original = load_spec()
    assert defaults(original["components"]["schemas"]) > 20
    assert defaults(build_spec()["components"]["schemas"]) == 0
    assert load_spec() == original  # building the generator's view did not touch the spec


def test_annotate_does_not_annotate_a_shared_response_component() -> None:
    spec = load_spec()
    spec["components"]["responses"]["Shared"] = copy.deepcopy(ok_response(spec, "/api/responses"))
    spec["paths"]["/api/responses"]["post"]["responses"]["200"] = {"$ref": "#/components/responses/Shared"}
    annotate(spec)
    assert "x-codegen-stream" in ok_response(spec, "/api/responses")
    assert "x-codegen-stream" not in spec["components"]["responses"]["Shared"]


def test_a_stream_with_two_payloads_besides_the_error_envelope_is_refused() -> None:
    spec = load_spec()
    data = spec["components"]["schemas"]["ChatCompletionStreamEvent"]["properties"]["data"]
    second = {"type": "string", "contentMediaType": "application/json"}
    data["anyOf"].append({**second, "contentSchema": {"$ref": "#/components/schemas/ChatCompletion"}})
    with pytest.raises(AnnotationError, match="besides the error envelope"):
        annotate(spec)
