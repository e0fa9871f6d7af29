"""POST /api/chat/completions: from a validated request to a ChatCompletion or a stream of chunks."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from typing import Any, Final

from respan_mock import _json, _prompts, _render, _tokens
from respan_mock._errors import ApiError
from respan_mock._exchange import Outcome, Prepared
from respan_mock._params import RespanParams
from respan_mock._synth import (
    CUSTOM,
    JSON_OBJECT,
    TEXT,
    Choice,
    SynthRequest,
    TokenLogprob,
    ToolCall,
    ToolSpec,
    new_id,
    schema_output,
)
from respan_mock.config import MockConfig

FINGERPRINT: Final = "fp_respan_mock"
# Request fields that shape the answer besides the messages (the model is added by the pipeline).
_CONTENT_FIELDS: Final = (
    "temperature",
    "top_p",
    "seed",
    "frequency_penalty",
    "presence_penalty",
    "logit_bias",
    "tools",
    "tool_choice",
    "response_format",
    "web_search_options",
)
# Request fields that cut or extend the answer drawn from the content: part of the cache key, not of the seed (so
# that an answer cut by max_tokens is a prefix of the whole one).
_SHAPE_FIELDS: Final = ("n", "max_tokens", "max_completion_tokens", "stop", "logprobs", "top_logprobs")


def sse(data: bytes) -> bytes:
    return b"data: " + data + b"\n\n"


class ChatEndpoint:
    name = "chat"
    spec_path = "/api/chat/completions"
    request_schema = "#/components/schemas/CreateChatCompletionRequest"
    conversation_param = "/messages"
    conversation_items = "messages"

    def __init__(self, config: MockConfig) -> None:
        self._config = config

    def prepare(self, body: dict[str, Any], params: RespanParams) -> Prepared:
        prompt = _prompts.render(self._config.prompts, params)
        prompt_messages = None
        if prompt is not None:
            body = _prompts.apply(prompt, body, "messages")
            prompt_messages = prompt.messages if prompt.echo else None
        if body.get("echo") and prompt_messages is None:
            prompt_messages = body["messages"]
        messages = body["messages"]
        tokens = _tokens.count_messages(messages)
        if body.get("tools"):
            tokens += _tokens.count(_json.dumps(body["tools"]).decode())
        return Prepared(
            body=body,
            model=body["model"],
            stream=bool(body.get("stream", False)),
            content_key=[messages, *(body.get(name) for name in _CONTENT_FIELDS)],
            shape_key=[body.get(name) for name in _SHAPE_FIELDS],
            prompt_tokens=tokens,
            conversation=messages,
            prompt_messages=prompt_messages,
        )

    def synth_request(self, prepared: Prepared, digest: bytes) -> SynthRequest:
        body = prepared.body
        stop = body.get("stop")
        max_tokens = body.get("max_completion_tokens", body.get("max_tokens"))
        return SynthRequest(
            digest=digest,
            n=int(body.get("n", 1)),
            max_tokens=int(max_tokens) if max_tokens is not None else None,
            stop=(stop,) if isinstance(stop, str) else tuple(stop or ()),
            top_logprobs=int(body.get("top_logprobs", 0)) if body.get("logprobs") else None,
            call=_tool_to_call(body),
            output=_output(body.get("response_format")),
            length=(self._config.answers.min_tokens, self._config.answers.max_tokens),
        )

    def render(self, outcome: Outcome, latency: float) -> dict[str, Any]:
        if outcome.reply is not None:  # a fixture's reply
            return _render.chat_completion(outcome, latency)
        completion: dict[str, Any] = {
            "id": new_id("chatcmpl-"),
            "object": "chat.completion",
            "created": outcome.created,
            "model": outcome.candidate.model,
            "system_fingerprint": FINGERPRINT,
            "choices": [_choice(choice, outcome.prepared.body) for choice in outcome.choices],
            "usage": _render.chat_usage(outcome, 0),
        }
        if outcome.prepared.prompt_messages is not None:
            completion["prompt_messages"] = outcome.prepared.prompt_messages
        if outcome.wants_breakdown:
            completion["request_breakdown"] = outcome.breakdown(latency)
        return completion

    def events(self, outcome: Outcome) -> Iterator[bytes | float]:
        """The chunks of the answer as server-sent events, then `[DONE]`."""
        if outcome.reply is not None:  # a fixture's reply
            yield from _render.chat_events(outcome)
            return
        head, tail, include_usage = _render.chunk_frame(outcome)

        def chunk(choices: list[dict[str, Any]]) -> bytes:
            return sse(head + b',"choices":' + _json.dumps(choices) + tail)

        first_token_at: float | None = None
        for choice in outcome.choices:
            yield chunk(
                [{"index": choice.index, "delta": _opening_delta(choice), "logprobs": None, "finish_reason": None}]
            )
        longest = max((len(choice.tokens) for choice in outcome.choices), default=0)
        for position in range(longest):
            for choice in outcome.choices:
                if position < len(choice.tokens):
                    if first_token_at is None:
                        first_token_at = time.perf_counter()
                    yield chunk([_token_delta(choice, position)])
        breakdown_at_end = outcome.wants_breakdown and not include_usage
        for number, choice in enumerate(outcome.choices, start=1):
            final: dict[str, Any] = {
                "index": choice.index,
                "delta": {},
                "logprobs": None,
                "finish_reason": choice.finish_reason,
            }
            if breakdown_at_end and number == len(outcome.choices):
                data = {"choices": [final], "request_breakdown": outcome.stream_breakdown(first_token_at)}
                yield sse(head + b"," + _json.dumps(data)[1:-1] + tail)
            else:
                yield chunk([final])
        if include_usage:
            last: dict[str, Any] = {"choices": [], "usage": _render.chat_usage(outcome, 0)}
            if outcome.wants_breakdown:
                last["request_breakdown"] = outcome.stream_breakdown(first_token_at)
            yield sse(head + b"," + _json.dumps(last)[1:-1] + b"}")
        yield sse(b"[DONE]")

    def error_event(self, error: ApiError, sequence: int) -> bytes:
        """The error envelope as the stream's last event (no `[DONE]` follows), as OpenAI's streams end."""
        return sse(_json.dumps(error.body()))

    def output_for_log(self, outcome: Outcome) -> Any:
        return [
            {"content": choice.text, "tool_calls": [call.__dict__ for call in choice.tool_calls] or None}
            for choice in outcome.choices
        ]


def _tool_to_call(body: Mapping[str, Any]) -> ToolSpec | None:
    """The function or custom tool the model calls: the one `tool_choice` names, else (auto, required, or allowed
    tools with that mode) the first one offered, unless under `auto` the last message is a tool result (then the
    model answers in text)."""
    tools = [_spec(tool) for tool in body.get("tools") or () if tool.get("type") in ("function", "custom")]
    choice = body.get("tool_choice", "auto" if tools else "none")
    if isinstance(choice, dict):
        kind = choice.get("type")
        if kind in ("function", "custom"):
            name = str((choice.get(kind) or {}).get("name"))
            return next((tool for tool in tools if (tool.kind, tool.name) == (kind, name)), ToolSpec(name, kind=kind))
        if kind != "allowed_tools":
            return None
        allowed = (choice.get("allowed_tools") or {}).get("tools") or []
        names = {(other.get("type"), (other.get(other.get("type", "")) or {}).get("name")) for other in allowed}
        tools = [tool for tool in tools if (tool.kind, tool.name) in names]
        choice = (choice.get("allowed_tools") or {}).get("mode", "auto")
    if not tools or choice == "none":
        return None
    if choice == "auto" and body["messages"][-1].get("role") == "tool":
        return None
    return tools[0]


def _spec(tool: Mapping[str, Any]) -> ToolSpec:
    if tool.get("type") == "custom":
        custom = tool.get("custom") or {}
        return ToolSpec(str(custom.get("name")), kind=CUSTOM, format=custom.get("format"))
    function = tool.get("function") or {}
    return ToolSpec(str(function.get("name")), function.get("parameters"))


def _output(response_format: Any) -> str:
    if not isinstance(response_format, dict):
        return TEXT
    if response_format.get("type") == "json_object":
        return JSON_OBJECT
    if response_format.get("type") == "json_schema":
        return schema_output(response_format["json_schema"].get("schema", {"type": "object"}))
    return TEXT


def _choice(choice: Choice, body: Mapping[str, Any]) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": choice.text, "refusal": None}
    if choice.tool_calls:
        message["tool_calls"] = [_tool_call(call) for call in choice.tool_calls]
    elif isinstance(body.get("web_search_options"), dict):
        message["annotations"] = [_citation(choice.text or "")]
    logprobs = None
    if choice.logprobs is not None:
        logprobs = {"content": [_logprob(item) for item in choice.logprobs], "refusal": None}
    return {"index": choice.index, "message": message, "logprobs": logprobs, "finish_reason": choice.finish_reason}


def _tool_call(call: ToolCall) -> dict[str, Any]:
    if call.kind == CUSTOM:
        return {"id": call.id, "type": "custom", "custom": {"name": call.name, "input": call.arguments}}
    return {"id": call.id, "type": "function", "function": {"name": call.name, "arguments": call.arguments}}


def _citation(text: str) -> dict[str, Any]:
    """What a web search answer cites: a page, for the first sentence of its text."""
    end = text.find(".") + 1 or len(text)
    page = {"url": "https://example.com/weather/paris", "title": "Paris weather today", "start_index": 0}
    return {"type": "url_citation", "url_citation": {**page, "end_index": end}}


def _opening_delta(choice: Choice) -> dict[str, Any]:
    if not choice.tool_calls:
        return {"role": "assistant", "content": ""}
    call = choice.tool_calls[0]
    if call.kind == CUSTOM:
        named: dict[str, Any] = {"type": "custom", "custom": {"name": call.name, "input": ""}}
    else:
        named = {"type": "function", "function": {"name": call.name, "arguments": ""}}
    return {"role": "assistant", "content": None, "tool_calls": [{"index": 0, "id": call.id, **named}]}


def _token_delta(choice: Choice, position: int) -> dict[str, Any]:
    token = choice.tokens[position]
    if choice.tool_calls:
        custom = choice.tool_calls[0].kind == CUSTOM
        piece = {"custom": {"input": token}} if custom else {"function": {"arguments": token}}
        delta: dict[str, Any] = {"tool_calls": [{"index": 0, **piece}]}
    else:
        delta = {"content": token}
    logprobs = None
    if choice.logprobs is not None:
        logprobs = {"content": [_logprob(choice.logprobs[position])], "refusal": None}
    return {"index": choice.index, "delta": delta, "logprobs": logprobs, "finish_reason": None}


def _logprob(item: TokenLogprob) -> dict[str, Any]:
    return {
        "token": item.token,
        "logprob": item.logprob,
        "bytes": list(item.token.encode()),
        "top_logprobs": [
            {"token": token, "logprob": logprob, "bytes": list(token.encode())} for token, logprob in item.top
        ],
    }
