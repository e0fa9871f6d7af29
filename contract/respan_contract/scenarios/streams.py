"""Stream framing, request by request: chat chunks end with one `data: [DONE]` (the usage chunk last when asked for,
`request_breakdown` in the final chunk), and Responses events follow the documented order, the events of hosted
tools (web search, file search, code interpreter, image generation, MCP) included."""

from __future__ import annotations

import json
from typing import Any

import httpx

from respan_contract._streams import chat_framing_problems, event_schema_problems, responses_order_problems
from respan_contract.scenarios._base import Scenario
from respan_contract.scenarios._session import Session


def _is_event_stream(session: Session, response: httpx.Response, title: str) -> bool:
    if not session.expect_status(response, 200, title):
        return False
    media_type = response.headers.get("content-type", "").split(";")[0].strip()
    return session.expect(media_type == "text/event-stream", f"{title}: Content-Type is {media_type!r}", response)


def _chat_stream(session: Session) -> None:
    breakdown = "request_breakdown" in session.capabilities
    for include_usage in (False, True):
        fields: dict[str, Any] = {"stream": True, "request_breakdown": breakdown}
        if include_usage:
            fields["stream_options"] = {"include_usage": True}
        title = f"chat stream{' with include_usage' if include_usage else ''}"
        response = session.post("chat", session.body("chat", **fields))
        if not _is_event_stream(session, response, title):
            continue
        events = session.events(response)
        problems = event_schema_problems("chat", events, session.validators)
        problems += chat_framing_problems(events, include_usage=include_usage)
        session.expect(not problems, f"{title}: not framed as documented", response, "\n".join(problems[:10]))
        chunks = [json.loads(event.data) for event in events if event.data != "[DONE]"] if not problems else []
        if breakdown and chunks:
            session.expect(
                "request_breakdown" in chunks[-1],
                f"{title}: request_breakdown is not in the final chunk",
                response,
            )


def _responses_stream(session: Session) -> None:
    response = session.post("responses", session.body("responses", stream=True))
    if not _is_event_stream(session, response, "responses stream"):
        return
    events = session.events(response)
    problems = event_schema_problems("responses", events, session.validators) + responses_order_problems(events)
    session.expect(not problems, "responses stream: not in the documented order", response, "\n".join(problems[:10]))


# Hosted tools that need nothing but the request (no vector store, no MCP server): the kit can ask any gateway.
HOSTED_TOOLS = [
    {"type": "web_search"},
    {"type": "code_interpreter", "container": {"type": "auto"}},
    {"type": "image_generation", "partial_images": 1},
]
HOSTED_ITEMS = {"web_search_call", "code_interpreter_call", "image_generation_call"}


def _hosted_tools(session: Session) -> None:
    fields: dict[str, Any] = {"tools": HOSTED_TOOLS, "include": ["code_interpreter_call.outputs"]}
    answer = session.post("responses", session.body("responses", "What is the weather in Paris?", **fields))
    body = (
        session.json_body(answer, "Response", "hosted tools")
        if session.expect_status(answer, 200, "hosted tools")
        else None
    )
    if body is not None:
        kinds = [item.get("type") for item in body.get("output", []) if isinstance(item, dict)]
        session.expect(
            "web_search_call" in kinds, "hosted tools: no web_search_call item in the output", answer, str(kinds)
        )
    response = session.post(
        "responses", session.body("responses", "What is the weather in Paris?", stream=True, **fields)
    )
    if not _is_event_stream(session, response, "hosted tools stream"):
        return
    events = session.events(response)
    problems = event_schema_problems("responses", events, session.validators) + responses_order_problems(events)
    session.expect(not problems, "hosted tools stream: not in the documented order", response, "\n".join(problems[:10]))


SCENARIOS = [
    Scenario(
        "chat-stream-framing",
        ("chat_stream",),
        "chunks valid, one id, [DONE] last; usage and breakdown in the final chunk",
        _chat_stream,
    ),
    Scenario(
        "responses-stream-framing",
        ("responses_stream",),
        "events valid, documented order, sequence_number 0, 1, 2, ...",
        _responses_stream,
    ),
    Scenario(
        "responses-hosted-tools",
        ("hosted_tools", "responses_stream"),
        "hosted-tool items in the answer; their events valid and in order within their items in a stream",
        _hosted_tools,
    ),
]
