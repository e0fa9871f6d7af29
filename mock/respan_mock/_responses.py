"""POST /api/responses: from a validated request to a Response or its ordered stream of events, and the store
of past responses that `previous_response_id` continues."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final

from respan_mock import _hosted, _json, _prompts, _render, _tokens
from respan_mock._bounded import BoundedLru
from respan_mock._errors import ApiError, pointer, shown
from respan_mock._exchange import Outcome, Prepared
from respan_mock._params import RespanParams
from respan_mock._synth import (
    CUSTOM,
    JSON_OBJECT,
    TEXT,
    Choice,
    SynthRequest,
    ToolCall,
    ToolSpec,
    digest,
    new_id,
    schema_output,
)
from respan_mock.config import MockConfig

_CONTENT_FIELDS: Final = ("instructions", "temperature", "top_p", "tools", "tool_choice", "text", "reasoning")
_SHAPE_FIELDS: Final = ("max_output_tokens", "include", "top_logprobs")  # as chat's: in the cache key, not the seed
_REASONING_SUMMARY: Final = "Considered the request and planned a short answer."
# Input items that answer a call the model made: after one, `auto` answers in text instead of calling again.
_CALL_RESULTS: Final = frozenset({"function_call_output", "custom_tool_call_output"})


@dataclass(frozen=True)
class StoredResponse:
    """A stored response as the next turn sees it: the conversation so far, this response's output included."""

    conversation: list[Any]


class ResponseStore:
    """Responses kept for `previous_response_id`: at most `capacity` of them and `max_bytes` of request content
    (each one's size is its request body and output), least recently used dropped first."""

    def __init__(self, capacity: int, max_bytes: int) -> None:
        self._items: BoundedLru[str, StoredResponse] = BoundedLru(capacity, max_bytes)

    def get(self, response_id: str) -> StoredResponse | None:
        return self._items.get(response_id)

    def put(self, response_id: str, stored: StoredResponse, size: int) -> None:
        self._items.put(response_id, stored, size)

    def clear(self) -> None:
        self._items.clear()

    @property
    def bytes(self) -> int:
        return self._items.bytes

    def __len__(self) -> int:
        return len(self._items)


class ResponsesEndpoint:
    name = "responses"
    spec_path = "/api/responses"
    request_schema = "#/components/schemas/CreateResponseRequest"
    conversation_param = "/input"
    conversation_items = "input items (with those of previous_response_id)"

    def __init__(self, config: MockConfig, store: ResponseStore) -> None:
        self._config = config
        self.store = store

    def prepare(self, body: dict[str, Any], params: RespanParams) -> Prepared:
        history: list[Any] = []
        previous = body.get("previous_response_id")
        if previous is not None:
            stored = self.store.get(previous)
            if stored is None:
                raise ApiError(
                    404,
                    f"Response {shown(previous)} not found.",
                    code="previous_response_not_found",
                    param=pointer("previous_response_id"),
                )
            history = stored.conversation
        prompt = _prompts.render(self._config.prompts, params)
        if prompt is not None:
            body = _prompts.apply(prompt, body, "input")
        given = body["input"]
        items = [{"role": "user", "content": given}] if isinstance(given, str) else list(given)
        conversation = history + items
        tokens = _tokens.count_messages(conversation) + _tokens.count(body.get("instructions") or "")
        if body.get("tools"):
            tokens += _tokens.count(_json.dumps(body["tools"]).decode())
        return Prepared(
            body=body,
            model=body["model"],
            stream=bool(body.get("stream", False)),
            content_key=[conversation, *(body.get(name) for name in _CONTENT_FIELDS)],
            shape_key=[body.get(name) for name in _SHAPE_FIELDS],
            prompt_tokens=tokens,
            conversation=conversation,
            reasoning_summary=_reasoning_summary(body),
        )

    def synth_request(self, prepared: Prepared, digest: bytes) -> SynthRequest:
        body = prepared.body
        logprobs = "message.output_text.logprobs" in (body.get("include") or ())
        max_tokens = body.get("max_output_tokens")
        # The reasoning comes first and counts against max_output_tokens, as OpenAI counts it.
        reasoning = prepared.reasoning_tokens
        return SynthRequest(
            digest=digest,
            max_tokens=max(int(max_tokens) - reasoning, 0) if max_tokens is not None else None,
            top_logprobs=int(body.get("top_logprobs", 0)) if logprobs else None,
            call=_tool_to_call(body, prepared.conversation),
            output=_output(body.get("text")),
            length=(self._config.answers.min_tokens, self._config.answers.max_tokens),
        )

    def render(self, outcome: Outcome, latency: float) -> dict[str, Any]:
        if outcome.reply is not None:  # a fixture's reply
            rendered = _render.response(outcome, self._response, latency)
            self._remember(outcome, rendered)
            return rendered
        response = self._response(outcome, new_id("resp_"), _output_items(outcome), final=True)
        if outcome.wants_breakdown:
            response["request_breakdown"] = outcome.breakdown(latency)
        self._remember(outcome, response)
        return response

    def events(self, outcome: Outcome) -> Iterator[bytes | float]:
        """The Responses events in the documented order, each with the next sequence_number."""
        if outcome.reply is not None:  # a fixture's reply
            yield from _render.response_events(outcome, self._response, lambda final: self._remember(outcome, final))
            return
        response_id = new_id("resp_")
        items = _output_items(outcome)
        event = _render.event_writer()

        snapshot = self._response(outcome, response_id, [], final=False)
        yield event("response.created", response=snapshot)
        yield event("response.in_progress", response=snapshot)
        first_token_at: float | None = None
        tools = list(outcome.prepared.body.get("tools") or ())
        for index, item in enumerate(items):
            yield event("response.output_item.added", output_index=index, item=_opening(item))
            for piece in _item_events(item, index, outcome.choices[0], tools):
                if first_token_at is None and piece[0].endswith(".delta"):
                    first_token_at = time.perf_counter()
                yield event(piece[0], **piece[1])
            yield event("response.output_item.done", output_index=index, item=item)
        final = self._response(outcome, response_id, items, final=True)
        if outcome.wants_breakdown:
            final["request_breakdown"] = outcome.stream_breakdown(first_token_at)
        self._remember(outcome, final)
        yield event("response.completed" if final["status"] == "completed" else "response.incomplete", response=final)

    def error_event(self, error: ApiError, sequence: int) -> bytes:
        """The `error` event (ResponseErrorEvent) that ends a stream after `sequence` events."""
        fields = error.body()["error"]
        data = _json.dumps(
            {
                "type": "error",
                "sequence_number": sequence,
                "code": fields["code"],
                "message": fields["message"],
                "param": fields["param"],
            }
        )
        return b"event: error\ndata: " + data + b"\n\n"

    def output_for_log(self, outcome: Outcome) -> Any:
        return [
            {"content": choice.text, "tool_calls": [call.__dict__ for call in choice.tool_calls] or None}
            for choice in outcome.choices
        ]

    def _response(
        self, outcome: Outcome, response_id: str, output: list[dict[str, Any]], *, final: bool
    ) -> dict[str, Any]:
        body = outcome.prepared.body
        incomplete = final and outcome.choices[0].finish_reason == "length"
        text_config = body.get("text") or {}
        return {
            "id": response_id,
            "object": "response",
            "created_at": outcome.created,
            "status": ("incomplete" if incomplete else "completed") if final else "in_progress",
            "error": None,
            "incomplete_details": {"reason": "max_output_tokens"} if incomplete else None,
            "instructions": body.get("instructions"),
            "max_output_tokens": body.get("max_output_tokens"),
            "model": outcome.candidate.model,
            "output": output,
            "parallel_tool_calls": body.get("parallel_tool_calls", True),
            "previous_response_id": body.get("previous_response_id"),
            "temperature": body.get("temperature", 1),
            "top_p": body.get("top_p", 1),
            "tool_choice": body.get("tool_choice", "auto"),
            "tools": body.get("tools", []),
            "text": {**text_config, "format": text_config.get("format", {"type": "text"})},
            "reasoning": body.get("reasoning"),
            "truncation": body.get("truncation", "disabled"),
            "store": body.get("store", True),
            "user": body.get("user"),
            "metadata": body.get("metadata") or {},
            "usage": _usage(outcome, output) if final else None,
            **_echoed(body),
            **({"completed_at": int(time.time())} if final and not incomplete else {}),
        }

    def _remember(self, outcome: Outcome, response: dict[str, Any]) -> None:
        if not outcome.prepared.body.get("store", True):
            return
        output = [{key: value for key, value in item.items() if key != "id"} for item in response["output"]]
        self.store.put(response["id"], StoredResponse(outcome.prepared.conversation + output), outcome.size)


_ECHOED: Final = (
    "background",
    "max_tool_calls",
    "prompt_cache_key",
    "safety_identifier",
    "service_tier",
    "top_logprobs",
)


def _echoed(body: Mapping[str, Any]) -> dict[str, Any]:
    """Request settings a Response repeats when the request set them; `conversation` as its reference."""
    echoed = {name: body[name] for name in _ECHOED if body.get(name) is not None}
    conversation = body.get("conversation")
    if isinstance(conversation, str):
        echoed["conversation"] = {"id": conversation}
    elif isinstance(conversation, dict):
        echoed["conversation"] = {"id": conversation.get("id")}
    return echoed


def _reasoning_summary(body: Mapping[str, Any]) -> str | None:
    """The reasoning item's summary text: none unless `reasoning.summary` asks for one, cut to max_output_tokens."""
    reasoning = body.get("reasoning")
    if not isinstance(reasoning, dict) or not reasoning.get("summary"):
        return None
    limit = body.get("max_output_tokens")
    return "".join(_tokens.tokenize(_REASONING_SUMMARY)[: int(limit) if limit is not None else None])


def _usage(outcome: Outcome, output: list[dict[str, Any]]) -> dict[str, Any]:
    reasoning = outcome.prepared.reasoning_tokens
    completion = outcome.completion_tokens  # the reasoning included
    return {
        "input_tokens": outcome.prompt_tokens,
        "input_tokens_details": {"cached_tokens": 0},
        "output_tokens": completion,
        "output_tokens_details": {"reasoning_tokens": reasoning},
        "total_tokens": outcome.prompt_tokens + completion,
    }


def _output_items(outcome: Outcome) -> list[dict[str, Any]]:
    """The output items of the (single) choice: a reasoning item when asked for, the calls of the hosted tools
    offered, then the message (citing what the searches found) or the function or custom tool call."""
    choice = outcome.choices[0]
    body = outcome.prepared.body
    items: list[dict[str, Any]] = []
    reasoning = body.get("reasoning")
    if isinstance(reasoning, dict):
        text = outcome.prepared.reasoning_summary
        summary = [{"type": "summary_text", "text": text}] if text is not None else []
        item: dict[str, Any] = {"id": new_id("rs_"), "type": "reasoning", "summary": summary, "status": "completed"}
        if "reasoning.encrypted_content" in (body.get("include") or ()):
            item["encrypted_content"] = new_id("enc_")
        items.append(item)
    called = _hosted.called_tools(body)
    hosted = _hosted.items(called, body, _seed(outcome)) if called else []
    items += hosted
    for call in choice.tool_calls:
        items.append(_call_item(call, "completed" if choice.finish_reason != "length" else "incomplete"))
    if not choice.tool_calls:
        text = choice.text or ""
        part: dict[str, Any] = {"type": "output_text", "text": text, "annotations": _hosted.citations(hosted, text)}
        if choice.logprobs is not None:
            part["logprobs"] = [_logprob(item.token, item.logprob, item.top) for item in choice.logprobs]
        status = "incomplete" if choice.finish_reason == "length" else "completed"
        items.append(
            {"id": new_id("msg_"), "type": "message", "role": "assistant", "status": status, "content": [part]}
        )
    return items


def _seed(outcome: Outcome) -> int:
    return int.from_bytes(digest(outcome.prepared.content_key), "big")


def _call_item(call: ToolCall, status: str) -> dict[str, Any]:
    if call.kind == CUSTOM:
        custom = {"call_id": call.id, "name": call.name, "input": call.arguments}
        return {"id": new_id("ctc_"), "type": "custom_tool_call", **custom}
    return {
        "id": new_id("fc_"),
        "type": "function_call",
        "call_id": call.id,
        "name": call.name,
        "arguments": call.arguments,
        "status": status,
    }


def _opening(item: dict[str, Any]) -> dict[str, Any]:
    """The item as output_item.added announces it: in progress, with no content yet."""
    kind = item["type"]
    if kind in ("message", "function_call", "reasoning"):
        opening = {**item, "status": "in_progress"}
        if kind == "message":
            opening["content"] = []
        elif kind == "function_call":
            opening["arguments"] = ""
        else:
            opening["summary"] = []
        return opening
    if kind == "custom_tool_call":
        return {**item, "input": ""}
    return _hosted.opening(item)


def _item_events(
    item: dict[str, Any], index: int, choice: Choice, tools: list[Any]
) -> Iterator[tuple[str, dict[str, Any]]]:
    where = {"item_id": item["id"], "output_index": index}
    kind = item["type"]
    if kind not in ("message", "function_call", "reasoning", "custom_tool_call"):
        for event_type, fields in _hosted.item_events(item, _hosted.tool_of(item, tools)):
            yield event_type, {**where, **fields}
    elif kind == "custom_tool_call":
        for token in choice.tokens:
            yield "response.custom_tool_call_input.delta", {**where, "delta": token}
        yield "response.custom_tool_call_input.done", {**where, "input": item["input"]}
    elif item["type"] == "message":
        part = item["content"][0]
        opened = {**part, "text": "", "logprobs": [], "annotations": []}
        yield "response.content_part.added", {**where, "content_index": 0, "part": opened}
        for position, token in enumerate(choice.tokens):
            logprobs = (
                []
                if choice.logprobs is None
                else [_logprob(token, choice.logprobs[position].logprob, choice.logprobs[position].top)]
            )
            yield "response.output_text.delta", {**where, "content_index": 0, "delta": token, "logprobs": logprobs}
        for annotation_index, annotation in enumerate(part["annotations"]):
            yield (
                "response.output_text.annotation.added",
                {**where, "content_index": 0, "annotation_index": annotation_index, "annotation": annotation},
            )
        yield (
            "response.output_text.done",
            {**where, "content_index": 0, "text": part["text"], "logprobs": part.get("logprobs", [])},
        )
        yield "response.content_part.done", {**where, "content_index": 0, "part": part}
    elif item["type"] == "function_call":
        for token in choice.tokens:
            yield "response.function_call_arguments.delta", {**where, "delta": token}
        yield "response.function_call_arguments.done", {**where, "name": item["name"], "arguments": item["arguments"]}
    else:
        for summary_index, part in enumerate(item["summary"]):
            yield (
                "response.reasoning_summary_part.added",
                {**where, "summary_index": summary_index, "part": {**part, "text": ""}},
            )
            for token in _tokens.tokenize(part["text"]):
                yield "response.reasoning_summary_text.delta", {**where, "summary_index": summary_index, "delta": token}
            yield (
                "response.reasoning_summary_text.done",
                {**where, "summary_index": summary_index, "text": part["text"]},
            )
            yield "response.reasoning_summary_part.done", {**where, "summary_index": summary_index, "part": part}


def _logprob(token: str, logprob: float, top: tuple[tuple[str, float], ...]) -> dict[str, Any]:
    return {
        "token": token,
        "logprob": logprob,
        "bytes": list(token.encode()),
        "top_logprobs": [{"token": t, "logprob": lp, "bytes": list(t.encode())} for t, lp in top],
    }


def _tool_to_call(body: Mapping[str, Any], conversation: list[Any]) -> ToolSpec | None:
    """The function or custom tool the model calls: the one `tool_choice` names, else (auto, required, or allowed
    tools with that mode) the first one offered, unless under `auto` the last input item answers a call (then the
    model answers in text). Naming a hosted or client-executed tool calls no function."""
    tools = [tool for tool in body.get("tools") or () if tool.get("type") in ("function", "custom")]
    choice = body.get("tool_choice", "auto")
    if isinstance(choice, dict):
        kind = choice.get("type")
        if kind in ("function", "custom"):
            named = {"type": kind, "name": choice.get("name")}
            return _spec(next((tool for tool in tools if _same_tool(tool, named)), named))
        if kind != "allowed_tools":
            return None
        allowed = [tool for tool in choice.get("tools") or () if isinstance(tool, dict)]
        tools = [tool for tool in tools if any(_same_tool(tool, other) for other in allowed)]
        choice = choice.get("mode", "auto")
    if choice == "none" or not tools:
        return None
    last = conversation[-1] if conversation else {}
    if choice == "auto" and isinstance(last, dict) and last.get("type") in _CALL_RESULTS:
        return None
    return _spec(tools[0])


def _spec(tool: Mapping[str, Any]) -> ToolSpec:
    if tool.get("type") == "custom":
        return ToolSpec(str(tool.get("name")), kind=CUSTOM, format=tool.get("format"))
    return ToolSpec(str(tool.get("name")), tool.get("parameters"))


def _same_tool(tool: Mapping[str, Any], other: Mapping[str, Any]) -> bool:
    return tool.get("type") == other.get("type") and tool.get("name") == other.get("name")


def _output(text_config: Any) -> str:
    format_spec = text_config.get("format") if isinstance(text_config, dict) else None
    if not isinstance(format_spec, dict):
        return TEXT
    if format_spec.get("type") == "json_object":
        return JSON_OBJECT
    if format_spec.get("type") == "json_schema":
        return schema_output(format_spec.get("schema", {"type": "object"}))
    return TEXT
