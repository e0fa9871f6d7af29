"""The stream rules on hand-written streams: a conforming stream passes, and each way of breaking it is named."""

from __future__ import annotations

import json
from typing import Any

from respan_contract._sse import parse_events
from respan_contract._streams import (
    SchemaValidators,
    chat_framing_problems,
    event_schema_problems,
    responses_order_problems,
)
from respan_spec import load_spec

VALIDATORS = SchemaValidators(load_spec())


def _chunk(content: str | None = "hi", finish: str | None = None, cid: str = "c1") -> dict[str, Any]:
    delta = {} if content is None else {"content": content}
    choice = {"index": 0, "delta": delta, "finish_reason": finish}
    return {"id": cid, "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": [choice]}


def _sse(*items: Any, event_names: bool = False) -> bytes:
    blocks = []
    for item in items:
        data = item if isinstance(item, str) else json.dumps(item)
        name = f"event: {item['type']}\n" if event_names and isinstance(item, dict) else ""
        blocks.append(f"{name}data: {data}\n\n")
    return "".join(blocks).encode()


GOOD_CHAT = _sse(_chunk("Hel"), _chunk("lo"), _chunk(None, "stop"), "[DONE]")


def test_a_conforming_chat_stream_passes() -> None:
    events = parse_events(GOOD_CHAT)
    assert event_schema_problems("chat", events, VALIDATORS) == []
    assert chat_framing_problems(events) == []


def test_chat_framing_problems_are_named() -> None:
    assert chat_framing_problems(parse_events(_sse(_chunk(), _chunk(None, "stop")))) == [
        "the stream does not end with `data: [DONE]`"
    ]
    late = chat_framing_problems(parse_events(_sse(_chunk(None, "stop"), "[DONE]", _chunk())))
    assert "event 2: an event after `data: [DONE]`" in late
    ids = chat_framing_problems(parse_events(_sse(_chunk(cid="a"), _chunk(None, "stop", cid="b"), "[DONE]")))
    assert ids == ["chunks carry 2 different ids; one completion has one id"]
    assert chat_framing_problems(parse_events(_sse(_chunk(), "[DONE]"))) == ["choice 0 has no finish_reason"]
    usage = chat_framing_problems(parse_events(GOOD_CHAT), include_usage=True)
    assert usage == ["stream_options.include_usage: the last chunk must hold `usage` and no choices"]
    # Only the first events were read: the end cannot be judged.
    assert chat_framing_problems(parse_events(_sse(_chunk())), complete=False) == []


def test_an_event_cut_off_without_its_blank_line_is_not_an_event() -> None:
    cut = GOOD_CHAT.removesuffix(b"\n\n")
    assert "the stream does not end with `data: [DONE]`" in chat_framing_problems(parse_events(cut))


def test_a_chunk_that_violates_its_schema_is_named() -> None:
    bad = _chunk()
    bad["object"] = "chat.completion"
    problems = event_schema_problems("chat", parse_events(_sse(bad, "[DONE]")), VALIDATORS)
    assert len(problems) == 1 and problems[0].startswith("event 0: /object:")
    assert event_schema_problems("chat", parse_events(b"data: {not json\n\n"), VALIDATORS)[0].startswith(
        "event 0: data is not JSON"
    )


def _response(status: str = "in_progress", output: list[Any] | None = None) -> dict[str, Any]:
    return {
        "id": "resp_1",
        "object": "response",
        "created_at": 1,
        "status": status,
        "model": "m",
        "output": output or [],
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
    }


MESSAGE = {"id": "msg_1", "type": "message", "role": "assistant", "status": "completed", "content": []}
PART = {"type": "output_text", "text": "", "annotations": []}
LOCATION = {"item_id": "msg_1", "output_index": 0, "content_index": 0}


def _responses_events(*, text_done: str = "Hello") -> list[dict[str, Any]]:
    final = {**MESSAGE, "content": [{**PART, "text": "Hello"}]}
    events: list[dict[str, Any]] = [
        {"type": "response.created", "response": _response()},
        {"type": "response.in_progress", "response": _response()},
        {"type": "response.output_item.added", "output_index": 0, "item": {**MESSAGE, "status": "in_progress"}},
        {"type": "response.content_part.added", **LOCATION, "part": PART},
        {"type": "response.output_text.delta", **LOCATION, "delta": "Hel"},
        {"type": "response.output_text.delta", **LOCATION, "delta": "lo"},
        {"type": "response.output_text.done", **LOCATION, "text": text_done},
        {"type": "response.content_part.done", **LOCATION, "part": {**PART, "text": "Hello"}},
        {"type": "response.output_item.done", "output_index": 0, "item": final},
        {"type": "response.completed", "response": _response("completed", [final])},
    ]
    return [{**event, "sequence_number": number} for number, event in enumerate(events)]


def test_a_conforming_responses_stream_passes() -> None:
    events = parse_events(_sse(*_responses_events(), event_names=True))
    assert event_schema_problems("responses", events, VALIDATORS) == []
    assert responses_order_problems(events) == []


def test_responses_order_problems_are_named() -> None:
    events = _responses_events()
    swapped = parse_events(_sse(events[1], events[0], *events[2:]))
    problems = responses_order_problems(swapped)
    assert "event 0 (response.in_progress): sequence_number is 1, expected 0" in problems
    assert "event 0 (response.in_progress): the first event must be response.created" in problems
    unterminated = responses_order_problems(parse_events(_sse(*events[:-1])))
    assert unterminated == ["the stream ends without a final response.completed/incomplete/failed or error"]
    early = parse_events(_sse(*events[:4], {**events[9], "sequence_number": 4}))
    assert "event 4 (response.completed): output item 0 was never done" in responses_order_problems(early)
    wrong_text = responses_order_problems(parse_events(_sse(*_responses_events(text_done="Help"))))
    assert wrong_text == ["event 6 (response.output_text.done): `text` is not the concatenation of its deltas"]


def test_a_responses_event_name_must_repeat_its_type() -> None:
    events = _responses_events()
    body = _sse(*events).replace(b"data: ", b"event: response.completed\ndata: ", 1)
    problems = event_schema_problems("responses", parse_events(body), VALIDATORS)
    assert problems == [
        "event 0 (response.created): the SSE `event` field is 'response.completed'; it must repeat the type"
    ]


SEARCH = {"id": "ws_1", "type": "web_search_call", "status": "completed", "action": {"type": "search", "query": "q"}}
SEARCHING = {"item_id": "ws_1", "output_index": 0}
CODE = {"id": "ci_1", "type": "code_interpreter_call", "status": "completed", "container_id": "c", "code": "print(1)"}
AT_CODE = {"item_id": "ci_1", "output_index": 1}


def _hosted_events(
    *, steps: tuple[str, ...] = ("in_progress", "searching", "completed"), code: str = "print(1)"
) -> list[dict[str, Any]]:
    final = [SEARCH, CODE]
    events: list[dict[str, Any]] = [
        {"type": "response.created", "response": _response()},
        {"type": "response.in_progress", "response": _response()},
        {"type": "response.output_item.added", "output_index": 0, "item": {**SEARCH, "status": "in_progress"}},
        *({"type": f"response.web_search_call.{step}", **SEARCHING} for step in steps),
        {"type": "response.output_item.done", "output_index": 0, "item": SEARCH},
        {
            "type": "response.output_item.added",
            "output_index": 1,
            "item": {**CODE, "status": "in_progress", "code": ""},
        },
        {"type": "response.code_interpreter_call.in_progress", **AT_CODE},
        {"type": "response.code_interpreter_call_code.delta", **AT_CODE, "delta": "print("},
        {"type": "response.code_interpreter_call_code.delta", **AT_CODE, "delta": "1)"},
        {"type": "response.code_interpreter_call_code.done", **AT_CODE, "code": code},
        {"type": "response.code_interpreter_call.interpreting", **AT_CODE},
        {"type": "response.code_interpreter_call.completed", **AT_CODE},
        {"type": "response.output_item.done", "output_index": 1, "item": CODE},
        {"type": "response.completed", "response": _response("completed", final)},
    ]
    return [{**event, "sequence_number": number} for number, event in enumerate(events)]


def test_a_stream_of_hosted_tool_events_passes() -> None:
    events = parse_events(_sse(*_hosted_events(), event_names=True))
    assert event_schema_problems("responses", events, VALIDATORS) == []
    assert responses_order_problems(events) == []


def test_hosted_tool_events_out_of_order_or_garbled_are_named() -> None:
    swapped = responses_order_problems(
        parse_events(_sse(*_hosted_events(steps=("in_progress", "completed", "searching"))))
    )
    assert swapped == [
        "event 5 (response.web_search_call.searching): after response.web_search_call.completed, out of the documented"
        " order of a web_search_call item"
    ]
    twice = responses_order_problems(
        parse_events(_sse(*_hosted_events(steps=("in_progress", "completed", "completed"))))
    )
    assert len(twice) == 1 and "event 5 (response.web_search_call.completed): after" in twice[0]
    code = responses_order_problems(parse_events(_sse(*_hosted_events(code="print(2)"))))
    assert code == [
        "event 11 (response.code_interpreter_call_code.done): `code` is not the concatenation of its deltas"
    ]
    events = _hosted_events()
    events[8] = {**events[8], "type": "response.file_search_call.searching"}  # a file search event in a code item
    wrong = responses_order_problems(parse_events(_sse(*events)))
    assert wrong == [
        "event 8 (response.file_search_call.searching): an event of a file_search_call item, but the open item is a"
        " 'code_interpreter_call'"
    ]


def test_a_finding_names_the_field_of_the_event_its_type_selects() -> None:
    events = _hosted_events()
    del events[3]["sequence_number"]
    events[4]["output_index"] = -1
    events[2]["item"] = {**events[2]["item"], "status": "thinking"}
    problems = event_schema_problems("responses", parse_events(_sse(*events, event_names=True)), VALIDATORS)
    assert 'event 3 (response.web_search_call.in_progress): /: "sequence_number" is a required property' in problems
    assert "event 4 (response.web_search_call.searching): /output_index: -1 is less than the minimum of 0" in problems
    assert any(
        p.startswith('event 2 (response.output_item.added): /item/status: "thinking" is not one of') for p in problems
    )
    assert not any("oneOf" in problem for problem in problems)
    unknown = event_schema_problems(
        "responses", parse_events(_sse({"type": "response.teleport", "sequence_number": 0})), VALIDATORS
    )
    assert unknown == ["event 0 (response.teleport): not an event type of the spec"]


def test_a_finding_in_a_tool_echo_names_the_field_of_the_tool_its_type_selects() -> None:
    events = _hosted_events()
    final = events[-1]["response"]
    events[-1] = {**events[-1], "response": {**final, "tools": [{"type": "web_search", "search_context_size": None}]}}
    problems = event_schema_problems("responses", parse_events(_sse(*events)), VALIDATORS)
    at = f"event {len(events) - 1} (response.completed): /response/tools/0/search_context_size: null is not"
    assert problems == [f'{at} of type "string"', f'{at} one of "low", "medium" or "high"'], problems
