"""A fixture's reply rendered for the endpoint that asked: a ChatCompletion or its chunks, a Response or its events
in the documented order. The text and tool calls come from the outcome's choices (cut by max_tokens, with fresh
call ids), the rest (refusal, reasoning, timing) from the reply. Streams carry pauses (floats, in seconds) between
their events: the time to first token before the first delta, then one token's time before each next delta."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator
from typing import Any

from respan_mock import _hosted, _json, _tokens
from respan_mock._exchange import Outcome
from respan_mock._replies import STATUS_OF, FunctionCall, HostedItem, Message, Reasoning, Reply, Timing
from respan_mock._synth import Choice, new_id

FINGERPRINT = "fp_respan_mock"  # the synthetic answers' (respan_mock._chat), which imports this module
Envelope = Callable[..., dict[str, Any]]  # (outcome, response_id, output, *, final) -> a Response object
Stream = Iterator[bytes | float]


def sse(data: bytes) -> bytes:
    return b"data: " + data + b"\n\n"


def event_writer() -> Callable[..., bytes]:
    """Frames the events of one Responses stream: `event(kind, **fields)` gives its SSE bytes, numbered from 0."""
    numbers = itertools.count()

    def event(kind: str, **fields: Any) -> bytes:
        data = _json.dumps({"type": kind, "sequence_number": next(numbers), **fields})
        return b"event: " + kind.encode() + b"\ndata: " + data + b"\n\n"

    return event


def _reply(outcome: Outcome) -> Reply:
    assert outcome.reply is not None
    return outcome.reply


class _Pacer:
    """Pauses before each token: the time to first token, then 1 / tokens_per_second."""

    def __init__(self, timing: Timing) -> None:
        self._first = True
        self._ttft = timing.ttft_ms / 1000
        self._step = 1 / timing.tokens_per_second if timing.tokens_per_second else 0.0
        self.first_token_at: float | None = None

    def before_token(self) -> float:
        pause = self._ttft if self._first else self._step
        self._first = False
        return pause

    def sent(self) -> None:
        if self.first_token_at is None:
            self.first_token_at = time.perf_counter()


def generation_seconds(outcome: Outcome) -> float:
    """How long generating the answer takes (what a non-streamed answer waits besides its latency)."""
    timing = _reply(outcome).timing
    tokens = sum(len(choice.tokens) for choice in outcome.choices)
    rate = timing.tokens_per_second
    return timing.ttft_ms / 1000 + (max(tokens - 1, 0) / rate if rate else 0.0)


# --- chat ----------------------------------------------------------------------------------------------------


def chat_usage(outcome: Outcome, reasoning_tokens: int) -> dict[str, Any]:
    """CompletionUsage; the token details only with the token-breakdown beta flag."""
    usage: dict[str, Any] = {
        "prompt_tokens": outcome.prompt_tokens,
        "completion_tokens": outcome.completion_tokens,
        "total_tokens": outcome.prompt_tokens + outcome.completion_tokens,
    }
    if outcome.token_details:
        usage["prompt_tokens_details"] = {"cached_tokens": 0, "audio_tokens": 0}
        usage["completion_tokens_details"] = {
            "reasoning_tokens": reasoning_tokens,
            "audio_tokens": 0,
            "accepted_prediction_tokens": 0,
            "rejected_prediction_tokens": 0,
        }
    return usage


def chat_completion(outcome: Outcome, latency: float) -> dict[str, Any]:
    reply = _reply(outcome)
    completion: dict[str, Any] = {
        "id": new_id("chatcmpl-"),
        "object": "chat.completion",
        "created": outcome.created,
        "model": outcome.candidate.model,
        "system_fingerprint": FINGERPRINT,
        "choices": [_chat_choice(reply, choice) for choice in outcome.choices],
        "usage": chat_usage(outcome, reply.reasoning_tokens()),
    }
    if outcome.prepared.prompt_messages is not None:
        completion["prompt_messages"] = outcome.prepared.prompt_messages
    if outcome.wants_breakdown:
        completion["request_breakdown"] = outcome.breakdown(latency)
    return completion


def _chat_choice(reply: Reply, choice: Choice) -> dict[str, Any]:
    message = reply.message
    content: dict[str, Any] = {
        "role": "assistant",
        "content": choice.text,
        "refusal": message.refusal if message else None,
    }
    if choice.tool_calls:
        content["tool_calls"] = [
            {"id": call.id, "type": "function", "function": {"name": call.name, "arguments": call.arguments}}
            for call in choice.tool_calls
        ]
    return {"index": choice.index, "message": content, "logprobs": None, "finish_reason": choice.finish_reason}


def chat_events(outcome: Outcome) -> Stream:
    """The chunks of the reply (per choice: the opening delta, the text or refusal token by token, each tool call
    then its arguments token by token), the finish chunks, the usage chunk when asked for, then `[DONE]`."""
    reply = _reply(outcome)
    head, tail, include_usage = chunk_frame(outcome)

    def chunk(index: int, delta: dict[str, Any], finish: str | None = None, **extra: Any) -> bytes:
        choice = {"index": index, "delta": delta, "logprobs": None, "finish_reason": finish}
        return sse(head + b"," + _json.dumps({"choices": [choice], **extra})[1:-1] + tail)

    pacer = _Pacer(reply.timing)
    message = reply.message
    refusal = message.refusal if message else None
    for choice in outcome.choices:
        if refusal is not None:
            yield chunk(choice.index, {"role": "assistant", "content": None, "refusal": ""})
            yield from _paced(pacer, (chunk(choice.index, {"refusal": t}) for t in _tokens.tokenize(refusal)))
        elif choice.text is not None:
            yield chunk(choice.index, {"role": "assistant", "content": ""})
            yield from _paced(pacer, (chunk(choice.index, {"content": t}) for t in _tokens.tokenize(choice.text)))
        else:
            yield chunk(choice.index, {"role": "assistant", "content": None})
        for number, call in enumerate(choice.tool_calls):
            opening = {"index": number, "id": call.id, "type": "function", "function": {"name": call.name}}
            yield chunk(choice.index, {"tool_calls": [{**opening, "function": {"name": call.name, "arguments": ""}}]})
            pieces = _tokens.tokenize(call.arguments)
            deltas = (
                chunk(choice.index, {"tool_calls": [{"index": number, "function": {"arguments": p}}]}) for p in pieces
            )
            yield from _paced(pacer, deltas)
    breakdown_at_end = outcome.wants_breakdown and not include_usage
    for number, choice in enumerate(outcome.choices, start=1):
        if breakdown_at_end and number == len(outcome.choices):
            breakdown = outcome.stream_breakdown(pacer.first_token_at)
            yield chunk(choice.index, {}, choice.finish_reason, request_breakdown=breakdown)
        else:
            yield chunk(choice.index, {}, choice.finish_reason)
    if include_usage:
        last: dict[str, Any] = {"choices": [], "usage": chat_usage(outcome, reply.reasoning_tokens())}
        if outcome.wants_breakdown:
            last["request_breakdown"] = outcome.stream_breakdown(pacer.first_token_at)
        yield sse(head + b"," + _json.dumps(last)[1:-1] + b"}")
    yield sse(b"[DONE]")


def chunk_frame(outcome: Outcome) -> tuple[bytes, bytes, bool]:
    """What every chunk of a chat stream repeats, as JSON text: its head (id, object, created, model, fingerprint,
    without the closing brace) and its tail (`"usage":null` when the request asked for the usage chunk), and
    whether it did."""
    include_usage = bool((outcome.prepared.body.get("stream_options") or {}).get("include_usage"))
    head = _json.dumps(
        {
            "id": new_id("chatcmpl-"),
            "object": "chat.completion.chunk",
            "created": outcome.created,
            "model": outcome.candidate.model,
            "system_fingerprint": FINGERPRINT,
        }
    )[:-1]
    return head, b',"usage":null}' if include_usage else b"}", include_usage


def _paced(pacer: _Pacer, deltas: Iterator[bytes]) -> Stream:
    for delta in deltas:
        pause = pacer.before_token()
        if pause > 0:
            yield pause
        pacer.sent()
        yield delta


# --- responses -----------------------------------------------------------------------------------------------


def response(outcome: Outcome, envelope: Envelope, latency: float) -> dict[str, Any]:
    """The Response of the reply (the endpoint's envelope, with the reply's output, status and usage)."""
    result = _final(outcome, envelope, new_id("resp_"), response_output(outcome))
    if outcome.wants_breakdown:
        result["request_breakdown"] = outcome.breakdown(latency)
    return result


def response_output(outcome: Outcome) -> list[dict[str, Any]]:
    """The output items: the reply's items in order, with the choice's (cut) text and its calls' ids."""
    reply = _reply(outcome)
    choice = outcome.choices[0]
    cut = choice.finish_reason == "length"
    status = "incomplete" if cut else "completed"
    items: list[dict[str, Any]] = []
    calls = iter(choice.tool_calls)
    for item in reply.items:
        if isinstance(item, Reasoning):
            summary = [{"type": "summary_text", "text": item.summary}]
            items.append({"id": new_id("rs_"), "type": "reasoning", "summary": summary, "status": "completed"})
        elif isinstance(item, HostedItem):
            items.append({"id": item.item.get("id") or new_id("ht_"), **item.item})
        elif isinstance(item, Message):
            if item.refusal is not None:
                part: dict[str, Any] = {"type": "refusal", "refusal": item.refusal}
            else:
                part = {"type": "output_text", "text": choice.text or "", "annotations": []}
            message = {"id": new_id("msg_"), "type": "message", "role": "assistant", "status": status}
            items.append({**message, "content": [part]})
        elif isinstance(item, FunctionCall):
            call = next(calls)
            items.append(
                {
                    "id": new_id("fc_"),
                    "type": "function_call",
                    "call_id": call.id,
                    "name": call.name,
                    "arguments": call.arguments,
                    "status": status,
                }
            )
    return items


def _final(outcome: Outcome, envelope: Envelope, response_id: str, output: list[dict[str, Any]]) -> dict[str, Any]:
    result = envelope(outcome, response_id, output, final=True)
    status, reason = STATUS_OF[outcome.choices[0].finish_reason]
    result["status"] = status
    result["incomplete_details"] = {"reason": reason} if reason else None
    reasoning = _reply(outcome).reasoning_tokens()
    result["usage"] = {
        "input_tokens": outcome.prompt_tokens,
        "input_tokens_details": {"cached_tokens": 0},
        "output_tokens": outcome.completion_tokens,
        "output_tokens_details": {"reasoning_tokens": reasoning},
        "total_tokens": outcome.prompt_tokens + outcome.completion_tokens,
    }
    return result


def response_events(outcome: Outcome, envelope: Envelope, remember: Callable[[dict[str, Any]], None]) -> Stream:
    """The reply's Responses events in the documented order, each with the next sequence_number; `remember`
    gets the final Response (for previous_response_id)."""
    response_id = new_id("resp_")
    items = response_output(outcome)
    pacer = _Pacer(_reply(outcome).timing)
    event = event_writer()

    snapshot = envelope(outcome, response_id, [], final=False)
    yield event("response.created", response=snapshot)
    yield event("response.in_progress", response=snapshot)
    for index, item in enumerate(items):
        yield event("response.output_item.added", output_index=index, item=_opening(item))
        for kind, fields in _item_events(item, index):
            if kind.endswith(".delta"):
                pause = pacer.before_token()
                if pause > 0:
                    yield pause
                pacer.sent()
            yield event(kind, **fields)
        yield event("response.output_item.done", output_index=index, item=item)
    final = _final(outcome, envelope, response_id, items)
    if outcome.wants_breakdown:
        final["request_breakdown"] = outcome.stream_breakdown(pacer.first_token_at)
    remember(final)
    yield event("response.completed" if final["status"] == "completed" else "response.incomplete", response=final)


def _opening(item: dict[str, Any]) -> dict[str, Any]:
    """The item as output_item.added announces it: in progress, with nothing generated yet."""
    if item["type"] not in ("message", "function_call", "reasoning"):
        return _hosted.opening(item)
    opening = {**item, "status": "in_progress"}
    if item["type"] == "message":
        opening["content"] = []
    elif item["type"] == "function_call":
        opening["arguments"] = ""
    elif item["type"] == "reasoning":
        opening["summary"] = []
    return opening


def _item_events(item: dict[str, Any], index: int) -> Iterator[tuple[str, dict[str, Any]]]:
    where = {"item_id": item["id"], "output_index": index}
    if item["type"] == "message":
        part = item["content"][0]
        at = {**where, "content_index": 0}
        if part["type"] == "refusal":
            yield "response.content_part.added", {**at, "part": {**part, "refusal": ""}}
            for token in _tokens.tokenize(part["refusal"]):
                yield "response.refusal.delta", {**at, "delta": token}
            yield "response.refusal.done", {**at, "refusal": part["refusal"]}
        else:
            yield "response.content_part.added", {**at, "part": {**part, "text": ""}}
            for token in _tokens.tokenize(part["text"]):
                yield "response.output_text.delta", {**at, "delta": token, "logprobs": []}
            yield "response.output_text.done", {**at, "text": part["text"], "logprobs": []}
        yield "response.content_part.done", {**at, "part": part}
    elif item["type"] == "function_call":
        for token in _tokens.tokenize(item["arguments"]):
            yield "response.function_call_arguments.delta", {**where, "delta": token}
        yield "response.function_call_arguments.done", {**where, "name": item["name"], "arguments": item["arguments"]}
    elif item["type"] == "reasoning":
        for number, part in enumerate(item["summary"]):
            at = {**where, "summary_index": number}
            yield "response.reasoning_summary_part.added", {**at, "part": {**part, "text": ""}}
            for token in _tokens.tokenize(part["text"]):
                yield "response.reasoning_summary_text.delta", {**at, "delta": token}
            yield "response.reasoning_summary_text.done", {**at, "text": part["text"]}
            yield "response.reasoning_summary_part.done", {**at, "part": part}
    else:
        for kind, fields in _hosted.item_events(item, None):
            yield kind, {**where, **fields}
