"""Lenient client, strict kit: a 2xx answer never fails because it holds what the client does not know (an enum
value, a union member, an output item, an event, a field), and what it knows is still typed; a field the client
does not need may be missing. Only an answer it cannot use at all is a ResponseValidationError."""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest
from respan_gateway_client import ResponseValidationError
from respan_gateway_client.api.chat import create_chat_completion
from respan_gateway_client.api.responses import create_response
from respan_gateway_client.models import (
    ChatCompletion,
    ChatCustomToolCall,
    FileSearchCall,
    OutputMessage,
    Response,
    ResponseOutputTextDeltaEvent,
    ToolCall,
    UnknownChatToolCall,
    UnknownOutputItem,
    UnknownResponseTool,
    UnknownResponseToolChoice,
    WebSearchCall,
    WebSearchTool,
)
from respan_gateway_client.types import UNSET

from tests.client.helpers import (
    Recorder,
    chat_body,
    chunk,
    completion,
    event_stream,
    mock_client,
    output_text,
    response_object,
    responses_body,
    responses_events,
    sse,
)

WEB_SEARCH: dict[str, Any] = {
    "id": "ws_1",
    "type": "web_search_call",
    "status": "completed",
    "action": {"type": "search", "query": "weather in Paris"},
}
FROM_THE_FUTURE = {"id": "tp_1", "type": "teleport_call", "status": "completed", "destination": {"planet": "Mars"}}


def chat(payload: dict[str, Any]) -> ChatCompletion:
    client = mock_client(Recorder(httpx.Response(200, json=payload)))
    result = create_chat_completion.sync(client=client, body=chat_body())
    assert isinstance(result, ChatCompletion)
    return result


def respond(payload: dict[str, Any]) -> Response:
    client = mock_client(Recorder(httpx.Response(200, json=payload)))
    result = create_response.sync(client=client, body=responses_body())
    assert isinstance(result, Response)
    return result


def test_an_unknown_finish_reason_is_kept_as_the_string_it_is() -> None:
    payload = completion()
    payload["choices"][0]["finish_reason"] = "thought_too_long"
    assert str(chat(payload).choices[0].finish_reason) == "thought_too_long"


def test_a_custom_tool_call_and_an_unknown_tool_call_type_parse() -> None:
    payload = completion()
    message = payload["choices"][0]["message"]
    message["content"] = None
    message["tool_calls"] = [
        {"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}},
        {"id": "c2", "type": "custom", "custom": {"name": "sql", "input": "SELECT 1"}},
        {"id": "c3", "type": "hologram", "hologram": {"shape": "cube"}},
    ]
    calls = chat(payload).choices[0].message.tool_calls
    assert isinstance(calls, list)
    function, custom, unknown = calls
    assert isinstance(function, ToolCall) and function.function.name == "f"
    assert isinstance(custom, ChatCustomToolCall) and custom.custom.input_ == "SELECT 1"
    assert isinstance(unknown, UnknownChatToolCall)
    assert unknown.type_ == "hologram" and unknown["hologram"] == {"shape": "cube"}
    assert unknown.to_dict() == message["tool_calls"][2]  # sent back as it came


def test_an_unknown_field_is_kept_in_additional_properties() -> None:
    payload = completion()
    payload["carbon_grams"] = 0.4
    payload["choices"][0]["message"]["mood"] = "cheerful"
    result = chat(payload)
    assert result["carbon_grams"] == 0.4
    assert result.choices[0].message["mood"] == "cheerful"


def test_a_web_search_answer_is_typed() -> None:
    payload = response_object()
    payload["output"] = [WEB_SEARCH, *payload["output"]]
    result = respond(payload)
    search = result.output[0]
    assert isinstance(search, WebSearchCall)
    assert search.action.type_ == "search"
    assert isinstance(result.output[1], OutputMessage)


def test_an_output_item_type_from_the_future_is_kept_whole_and_the_rest_stays_typed() -> None:
    payload = response_object()
    payload["output"] = [FROM_THE_FUTURE, *payload["output"]]
    payload["tools"] = [{"type": "web_search"}, {"type": "quantum_search", "qubits": 5}]
    payload["tool_choice"] = {"type": "quantum_search"}
    result = respond(payload)
    future = result.output[0]
    assert isinstance(future, UnknownOutputItem)
    assert future.type_ == "teleport_call" and future["destination"] == {"planet": "Mars"}
    assert output_text(Response.from_dict({**payload, "output": payload["output"][1:]})) == "Hi there"
    assert isinstance(result.output[1], OutputMessage)
    assert isinstance(result.tools, list)
    assert isinstance(result.tools[0], WebSearchTool)
    assert isinstance(result.tools[1], UnknownResponseTool) and result.tools[1]["qubits"] == 5
    assert isinstance(result.tool_choice, UnknownResponseToolChoice)


def test_a_known_item_the_client_cannot_read_is_kept_instead_of_failing() -> None:
    broken = {**WEB_SEARCH, "action": "searched the web"}  # `action` must be an object
    payload = response_object()
    payload["output"] = [broken, *payload["output"]]
    kept = respond(payload).output[0]
    assert isinstance(kept, UnknownOutputItem) and kept["action"] == "searched the web"


def test_an_unknown_status_and_a_missing_echo_of_the_tools_parse() -> None:
    payload = response_object()
    payload["status"] = "paused"
    for echoed in ("tools", "tool_choice", "parallel_tool_calls", "object"):
        del payload[echoed]
    result = respond(payload)
    assert str(result.status) == "paused"  # typed as the known statuses; a new one is kept as it came
    assert result.tools is UNSET


def test_litellms_nulls_for_absent_fields_read_as_none_and_the_rest_stays_typed() -> None:
    """What LiteLLM proxy answers in front of this API (`make contract-peers`): null where the spec leaves a field
    out. The kit reports it; the client reads it, as the openai SDK does."""
    payload = response_object(text="Hi there")
    payload["output"][0]["phase"] = None
    payload["output"][0]["content"][0]["logprobs"] = None
    payload["output"].append({**WEB_SEARCH, "action": {**WEB_SEARCH["action"], "sources": None}})
    payload["tools"] = [{"type": "web_search", "filters": None, "search_context_size": None, "user_location": None}]
    result = respond(payload)
    assert output_text(result) == "Hi there"
    assert isinstance(result.output[1], WebSearchCall) and isinstance(result.tools, list)
    assert isinstance(result.tools[0], WebSearchTool) and result.tools[0].search_context_size is None
    chunks = [
        {**plain, "choices": [{**choice, "delta": {**choice["delta"], "role": None, "tool_calls": None}}]}
        for plain in (chunk("Hel"), chunk("lo", "stop"))
        for choice in plain["choices"]
    ]
    client = mock_client(Recorder(event_stream(sse(*chunks, "[DONE]"))))
    stream = create_chat_completion.stream_sync(client=client, body=chat_body())
    assert stream.get_final_text() == "Hello"


def test_a_stream_of_an_old_gateway_without_sequence_numbers_parses() -> None:
    events = [{k: v for k, v in event.items() if k != "sequence_number"} for event in responses_events("Hi there")]
    client = mock_client(Recorder(event_stream(sse(*events))))
    stream = create_response.stream_sync(client=client, body=responses_body())
    received = list(stream)
    assert [type(event).__name__ for event in received][4] == "ResponseOutputTextDeltaEvent"
    assert isinstance(received[4], ResponseOutputTextDeltaEvent) and received[4].sequence_number is UNSET
    assert stream.get_final_text() == "Hi there"


def test_the_final_response_of_a_stream_holds_its_hosted_tool_items() -> None:
    events = responses_events("Hi there")
    searched = [
        {"type": "response.output_item.added", "output_index": 0, "item": {**WEB_SEARCH, "status": "in_progress"}},
        {"type": "response.web_search_call.searching", "item_id": "ws_1", "output_index": 0},
        {"type": "response.output_item.done", "output_index": 0, "item": WEB_SEARCH},
    ]
    # the message becomes output 1; a gateway that sends the items only as events leaves `output` empty
    shifted = [copy.deepcopy(event) for event in events[2:]]
    for event in shifted:
        if "output_index" in event:
            event["output_index"] = 1
    shifted[-1]["response"]["output"] = []
    ordered = [*events[:2], *searched, *shifted]
    stream_body = sse(*[{**event, "sequence_number": n} for n, event in enumerate(ordered)])
    client = mock_client(Recorder(event_stream(stream_body)))
    stream = create_response.stream_sync(client=client, body=responses_body())
    final = stream.get_final_response()
    assert [type(item) for item in final.output] == [WebSearchCall, OutputMessage]


def test_a_file_search_item_with_unknown_result_fields_parses() -> None:
    payload = response_object()
    hit = {"file_id": "f1", "score": 0.5, "text": "x", "page": 4}
    payload["output"] = [
        {"id": "fs_1", "type": "file_search_call", "status": "completed", "queries": ["q"], "results": [hit]}
    ]
    result = respond(payload).output[0]
    assert isinstance(result, FileSearchCall)
    assert isinstance(result.results, list) and result.results
    assert result.results[0]["page"] == 4


CANNOT_USE: list[tuple[Any, str]] = [
    ([1, 2], "not an object"),
    ({"id": "x", "object": "chat.completion", "created": 1, "model": "m"}, "choices"),
]


@pytest.mark.parametrize(("payload", "why"), CANNOT_USE)
def test_only_an_answer_the_client_cannot_use_is_an_error(payload: Any, why: str) -> None:
    client = mock_client(Recorder(httpx.Response(200, json=payload)))
    with pytest.raises(ResponseValidationError, match=why):
        create_chat_completion.sync(client=client, body=chat_body())


def test_a_response_without_output_is_an_error() -> None:
    payload = response_object()
    del payload["output"]
    client = mock_client(Recorder(httpx.Response(200, json=payload)))
    with pytest.raises(ResponseValidationError, match="output"):
        create_response.sync(client=client, body=responses_body())
