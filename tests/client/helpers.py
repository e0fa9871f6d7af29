"""Helpers of the client tests: canned gateway payloads, request bodies and MockTransport clients."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import httpx
from respan_gateway_client import AuthenticatedClient, RetryPolicy, create_client
from respan_gateway_client.models import (
    CreateChatCompletionRequest,
    CreateResponseRequest,
    OutputMessage,
    OutputText,
    Response,
    UserMessage,
)

Handler = Callable[[httpx.Request], httpx.Response]
NO_WAIT = RetryPolicy(max_retries=2, initial_delay=0.0, max_delay=0.0)
NO_RETRY = RetryPolicy(max_retries=0)


def completion(content: str = "Hello!") -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1_760_000_000,
        "model": "gpt-4o-mini",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"},
        ],
        "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
    }


def chunk(content: str | None, finish_reason: str | None = None) -> dict[str, Any]:
    delta = {} if content is None else {"content": content}
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1_760_000_000,
        "model": "gpt-4o-mini",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
    }


def response_object(status: str = "completed", text: str = "Hi there") -> dict[str, Any]:
    output = [
        {
            "id": "msg_1",
            "type": "message",
            "role": "assistant",
            "status": "completed",
            "content": [{"type": "output_text", "text": text, "annotations": []}],
        }
    ]
    return {
        "id": "resp_1",
        "object": "response",
        "created_at": 1_760_000_000,
        "status": status,
        "model": "gpt-4o-mini",
        "output": output if status == "completed" else [],
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
    }


def responses_events(text: str = "Hi there") -> list[dict[str, Any]]:
    """A complete Responses stream, in the order the spec documents, with sequence numbers from 0; one text delta
    per word (with the spaces after it)."""
    item = {"id": "msg_1", "type": "message", "role": "assistant", "status": "in_progress", "content": []}
    part = {"type": "output_text", "text": "", "annotations": []}
    where = {"item_id": "msg_1", "output_index": 0, "content_index": 0}
    events: list[dict[str, Any]] = [
        {"type": "response.created", "response": response_object("in_progress")},
        {"type": "response.in_progress", "response": response_object("in_progress")},
        {"type": "response.output_item.added", "output_index": 0, "item": item},
        {"type": "response.content_part.added", **where, "part": part},
        *({"type": "response.output_text.delta", **where, "delta": word} for word in re.findall(r"\S+\s*", text)),
        {"type": "response.output_text.done", **where, "text": text},
        {"type": "response.content_part.done", **where, "part": {**part, "text": text}},
        {"type": "response.output_item.done", "output_index": 0, "item": {**item, "status": "completed"}},
        {"type": "response.completed", "response": response_object("completed", text)},
    ]
    return [{**event, "sequence_number": number} for number, event in enumerate(events)]


def sse(*payloads: Any, named: bool = False) -> bytes:
    """Server-sent events: each payload as `data:` JSON (a str is sent as is); `named` adds `event: <type>`."""
    out = []
    for payload in payloads:
        data = payload if isinstance(payload, str) else json.dumps(payload)
        event = f"event: {payload['type']}\n" if named and isinstance(payload, dict) else ""
        out.append(f"{event}data: {data}\n\n")
    return "".join(out).encode()


def event_stream(body: bytes, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(200, headers={"content-type": "text/event-stream", **(headers or {})}, content=body)


def output_text(response: Response) -> str:
    """The text of a Response's first output message."""
    message = response.output[0]
    assert isinstance(message, OutputMessage)
    part = message.content[0]
    assert isinstance(part, OutputText)
    return part.text


def chat_body(**fields: Any) -> CreateChatCompletionRequest:
    return CreateChatCompletionRequest(model="gpt-4o-mini", messages=[UserMessage(role="user", content="Hi")], **fields)


def responses_body(**fields: Any) -> CreateResponseRequest:
    return CreateResponseRequest(model="gpt-4o-mini", input_="Hi", **fields)


def mock_client(handler: Handler, **options: Any) -> AuthenticatedClient:
    """A client whose sync and async requests are answered by `handler` (retries without waiting)."""
    options.setdefault("retry_policy", NO_WAIT)
    return create_client(
        api_key="test-key",
        base_url="http://gateway.test",
        transport=httpx.MockTransport(handler),
        async_transport=httpx.MockTransport(handler),
        **options,
    )


class Recorder:
    """A MockTransport handler that records the requests and answers from a list (the last answer repeats)."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer

    def json(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)
