"""The mock answers OpenAI's hosted tools as the real API does: each offered tool gives its output item before the
message (web search with url_citation annotations, file search with results, code interpreter with its code and
logs, image generation with a valid PNG, MCP listing and calling), non-streamed and streamed in the documented event
order, deterministically; custom tools are called with free-form input; a conversation that sends a previous
answer's hosted-tool items back is accepted."""

from __future__ import annotations

import base64
import json
import re
import struct
import zlib
from typing import Any

import httpx
import openai
import pytest
from respan_contract._sse import parse_events
from respan_contract._streams import SchemaValidators, event_schema_problems, responses_order_problems
from respan_spec import load_spec

from tests.mock.conformance import Conformance
from tests.mock.helpers import API_KEY

WEB: dict[str, Any] = {"type": "web_search"}
FILES: dict[str, Any] = {"type": "file_search", "vector_store_ids": ["vs_docs"], "max_num_results": 2}
CODE: dict[str, Any] = {"type": "code_interpreter", "container": {"type": "auto"}}
IMAGE: dict[str, Any] = {"type": "image_generation", "partial_images": 2}
MCP: dict[str, Any] = {"type": "mcp", "server_label": "docs", "server_url": "https://mcp.example.com/sse"}
EVERY: list[Any] = [WEB, FILES, CODE, IMAGE, MCP]
INCLUDE: list[Any] = ["web_search_call.action.sources", "file_search_call.results", "code_interpreter_call.outputs"]
VALIDATORS = SchemaValidators(load_spec())


def respond(client: httpx.Client, conformance: Conformance, **fields: Any) -> dict[str, Any]:
    body = {"model": "gpt-4o", "input": "What is the weather in Paris?", **fields}
    response = client.post("/api/responses", json=body)
    assert response.status_code == 200, response.text
    conformance.check(response, "/api/responses")
    result: dict[str, Any] = response.json()
    return result


def stream(client: httpx.Client, conformance: Conformance, **fields: Any) -> list[dict[str, Any]]:
    body = {"model": "gpt-4o", "input": "What is the weather in Paris?", "stream": True, **fields}
    response = client.post("/api/responses", json=body)
    assert response.status_code == 200, response.text
    conformance.check(response, "/api/responses")
    events = parse_events(response.content)
    assert event_schema_problems("responses", events, VALIDATORS) == []
    assert responses_order_problems(events) == []
    return [json.loads(event.data) for event in events]


def types(response: dict[str, Any]) -> list[str]:
    return [item["type"] for item in response["output"]]


def test_every_hosted_tool_gives_its_item_before_the_message(client: httpx.Client, conformance: Conformance) -> None:
    response = respond(client, conformance, tools=EVERY, include=INCLUDE)
    expected = ["web_search_call", "file_search_call", "code_interpreter_call", "image_generation_call"]
    assert types(response) == [*expected, "mcp_list_tools", "mcp_call", "message"]


def test_a_web_search_cites_the_pages_it_found(client: httpx.Client, conformance: Conformance) -> None:
    response = respond(client, conformance, tools=[WEB], include=["web_search_call.action.sources"])
    search, message = response["output"]
    assert search["status"] == "completed"
    assert search["action"]["type"] == "search"
    assert search["action"]["query"] == "What is the weather in Paris?"
    sources = {source["url"] for source in search["action"]["sources"]}
    part = message["content"][0]
    cited = [annotation for annotation in part["annotations"] if annotation["type"] == "url_citation"]
    assert {annotation["url"] for annotation in cited} == sources
    for annotation in cited:
        assert 0 <= annotation["start_index"] < annotation["end_index"] <= len(part["text"])


def test_a_file_search_returns_results_only_when_included(client: httpx.Client, conformance: Conformance) -> None:
    without = respond(client, conformance, tools=[FILES])["output"][0]
    assert without["type"] == "file_search_call" and without["results"] is None
    found = respond(client, conformance, tools=[FILES], include=["file_search_call.results"])
    results = found["output"][0]["results"]
    assert 1 <= len(results) <= FILES["max_num_results"]
    assert all(result["file_id"].startswith("file-vs_docs") for result in results)
    citations = [a for a in found["output"][1]["content"][0]["annotations"] if a["type"] == "file_citation"]
    assert {a["file_id"] for a in citations} == {result["file_id"] for result in results}


def test_code_interpreter_shows_code_and_its_logs(client: httpx.Client, conformance: Conformance) -> None:
    call = respond(client, conformance, tools=[CODE], include=["code_interpreter_call.outputs"])["output"][0]
    assert "print(" in call["code"]
    assert call["outputs"] == [{"type": "logs", "logs": "[1, 2, 3]\n"}]
    assert respond(client, conformance, tools=[CODE])["output"][0]["outputs"] is None


def test_image_generation_returns_a_valid_png(client: httpx.Client, conformance: Conformance) -> None:
    call = respond(client, conformance, tools=[IMAGE])["output"][0]
    image = base64.b64decode(call["result"], validate=True)
    assert image.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", image[16:24])
    assert (width, height) == (8, 8)
    # Every chunk's CRC holds and the pixels decompress to 8 rows of 1 + 8 * 3 bytes.
    position, pixels = 8, b""
    while position < len(image):
        (length,) = struct.unpack(">I", image[position : position + 4])
        kind, data = image[position + 4 : position + 8], image[position + 8 : position + 8 + length]
        (crc,) = struct.unpack(">I", image[position + 8 + length : position + 12 + length])
        assert crc == zlib.crc32(kind + data)
        pixels += data if kind == b"IDAT" else b""
        position += 12 + length
    assert len(zlib.decompress(pixels)) == 8 * (1 + 8 * 3)


def test_an_mcp_server_lists_its_tools_then_is_called(client: httpx.Client, conformance: Conformance) -> None:
    listed, called, _ = respond(client, conformance, tools=[MCP])["output"]
    assert listed["server_label"] == called["server_label"] == "docs"
    assert called["name"] in {tool["name"] for tool in listed["tools"]}
    assert json.loads(called["arguments"]) == {"term": "What is the weather in Paris?"}
    assert called["output"]


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ("none", ["message"]),
        ({"type": "web_search_preview"}, ["web_search_call", "message"]),
        ({"type": "mcp", "server_label": "docs"}, ["mcp_list_tools", "mcp_call", "message"]),
        ({"type": "allowed_tools", "mode": "auto", "tools": [FILES]}, ["file_search_call", "message"]),
        ({"type": "function", "name": "lookup"}, ["function_call"]),
    ],
)
def test_tool_choice_decides_which_tools_are_called(
    client: httpx.Client, conformance: Conformance, choice: Any, expected: list[str]
) -> None:
    tools = [{"type": "web_search_preview"}, FILES, MCP, {"type": "function", "name": "lookup"}]
    assert types(respond(client, conformance, tools=tools, tool_choice=choice)) == expected


def test_the_same_request_gets_the_same_hosted_answer(client: httpx.Client, conformance: Conformance) -> None:
    def stable(response: dict[str, Any]) -> list[Any]:
        return [{key: value for key, value in item.items() if key != "id"} for item in response["output"]]

    first = respond(client, conformance, tools=EVERY, include=INCLUDE)
    assert stable(first) == stable(respond(client, conformance, tools=EVERY, include=INCLUDE))


def test_a_stream_carries_each_tools_events_in_the_documented_order(
    client: httpx.Client, conformance: Conformance
) -> None:
    events = stream(client, conformance, tools=EVERY, include=INCLUDE)
    kinds = [event["type"] for event in events]
    for family in ("web_search_call", "file_search_call"):
        steps = [kind for kind in kinds if kind.startswith(f"response.{family}.")]
        assert steps == [f"response.{family}.{step}" for step in ("in_progress", "searching", "completed")]
    code = [kind for kind in kinds if "code_interpreter" in kind]
    assert code[0] == "response.code_interpreter_call.in_progress"
    assert code[-3:] == [
        "response.code_interpreter_call_code.done",
        "response.code_interpreter_call.interpreting",
        "response.code_interpreter_call.completed",
    ]
    deltas = "".join(e["delta"] for e in events if e["type"] == "response.code_interpreter_call_code.delta")
    assert deltas == next(e["code"] for e in events if e["type"] == "response.code_interpreter_call_code.done")
    assert kinds.count("response.image_generation_call.partial_image") == IMAGE["partial_images"]
    assert "response.mcp_list_tools.completed" in kinds and "response.mcp_call.completed" in kinds
    annotations = [e for e in events if e["type"] == "response.output_text.annotation.added"]
    assert [e["annotation_index"] for e in annotations] == list(range(len(annotations))) and annotations
    final = events[-1]["response"]
    assert [item["type"] for item in final["output"]][:4] == [
        "web_search_call",
        "file_search_call",
        *[
            "code_interpreter_call",
            "image_generation_call",
        ],
    ]


def test_the_openai_sdk_streams_and_reads_every_hosted_tool(base_url: str) -> None:
    client = openai.OpenAI(base_url=f"{base_url}/api", api_key=API_KEY, max_retries=0)
    created = client.responses.create(model="gpt-4o", input="Weather in Paris?", tools=EVERY, include=INCLUDE)
    assert [item.type for item in created.output][-1] == "message"
    assert created.output[0].type == "web_search_call"
    # responses.stream() enforces the order of events (created first, items added before their events, ...).
    with client.responses.stream(model="gpt-4o", input="Weather in Paris?", tools=EVERY) as events:
        seen = [event.type for event in events]
        final = events.get_final_response()
    assert "response.web_search_call.searching" in seen
    assert [item.type for item in final.output] == [item.type for item in created.output]
    assert final.output_text


def test_a_conversation_sends_hosted_items_back_as_input(client: httpx.Client, conformance: Conformance) -> None:
    first = respond(client, conformance, tools=[WEB, CODE, MCP], include=INCLUDE)
    question = {"role": "user", "content": "And tomorrow?"}
    second = respond(client, conformance, input=[*first["output"], question], tools=[WEB])
    assert types(second) == ["web_search_call", "message"]
    alone = respond(client, conformance, input=[question], tools=[WEB])
    assert second["usage"]["input_tokens"] > alone["usage"]["input_tokens"]  # the items were read as input


def test_custom_tools_are_called_with_input_matching_their_grammar(
    client: httpx.Client, conformance: Conformance
) -> None:
    grammar = {"type": "grammar", "syntax": "regex", "definition": r"^SELECT [a-z]{3,8} FROM t$"}
    tools = [{"type": "custom", "name": "sql", "format": grammar}]
    call = respond(client, conformance, tools=tools, tool_choice={"type": "custom", "name": "sql"})["output"][0]
    assert call["type"] == "custom_tool_call" and call["name"] == "sql"
    assert re.fullmatch(grammar["definition"].strip("^$"), call["input"])
    events = stream(client, conformance, tools=tools, tool_choice="required")
    done = next(e for e in events if e["type"] == "response.custom_tool_call_input.done")
    assert "".join(e["delta"] for e in events if e["type"] == "response.custom_tool_call_input.delta") == done["input"]


def test_chat_custom_tools_and_web_search_options(client: httpx.Client, conformance: Conformance) -> None:
    tools = [{"type": "custom", "custom": {"name": "sql"}}]
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": "Count rows."}], "tools": tools}
    response = client.post("/api/chat/completions", json={**body, "tool_choice": "required"})
    conformance.check(response)
    call = response.json()["choices"][0]["message"]["tool_calls"][0]
    assert call["type"] == "custom" and call["custom"]["name"] == "sql" and call["custom"]["input"]
    streamed = client.post("/api/chat/completions", json={**body, "tool_choice": "required", "stream": True})
    pieces = [event for event in conformance.check(streamed) if event.get("choices")]
    calls = [c for e in pieces for c in e["choices"][0]["delta"].get("tool_calls") or ()]
    assert calls[0]["type"] == "custom" and calls[0]["custom"]["name"] == "sql"
    assert "".join(c["custom"]["input"] for c in calls) == call["custom"]["input"]
    searched = client.post("/api/chat/completions", json={**body, "tools": [], "web_search_options": {}})
    conformance.check(searched)
    message = searched.json()["choices"][0]["message"]
    (annotation,) = message["annotations"]
    assert annotation["type"] == "url_citation"
    assert annotation["url_citation"]["end_index"] <= len(message["content"])
