"""A scripted reply, declared once for both endpoints: what the model answers (an ordered list of output items:
reasoning, the Responses API's hosted-tool items, a message's text or refusal, function calls), how it ends
(`finish_reason`), its usage, or an error; and its timing (latency, time to first token, tokens per second, a
disconnect after N events).

The Responses renderer gives each kind its item and events; the chat renderer shows what chat can carry (text,
refusal, tool calls) and counts reasoning as tokens; hosted-tool items have no chat form."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any, Final

from respan_mock import _tokens
from respan_mock._synth import Choice, ToolCall, new_id

# finish_reason -> (Responses status, incomplete_details.reason)
STATUS_OF: Final[dict[str, tuple[str, str | None]]] = {
    "stop": ("completed", None),
    "tool_calls": ("completed", None),
    "length": ("incomplete", "max_output_tokens"),
    "content_filter": ("incomplete", "content_filter"),
}


@dataclass(frozen=True, slots=True)
class Reasoning:
    """A reasoning item: its summary text (Responses: a reasoning item; chat: reasoning tokens only)."""

    summary: str


@dataclass(frozen=True, slots=True)
class Message:
    """The assistant's message: text, or a refusal."""

    text: str | None = None
    refusal: str | None = None


@dataclass(frozen=True, slots=True)
class FunctionCall:
    """A call of a function tool; `call_id` None gets a fresh id in every response."""

    name: str
    arguments: str  # JSON text
    call_id: str | None = None


@dataclass(frozen=True, slots=True)
class HostedItem:
    """A Responses output item of a hosted tool (web_search_call, file_search_call, code_interpreter_call,
    image_generation_call, mcp_list_tools, mcp_call, ...) as the spec describes it, checked at load time; without an
    `id` it gets a fresh one in every response."""

    item: dict[str, Any]


# The kinds of output item a reply may hold.
OutputItem = Reasoning | HostedItem | Message | FunctionCall


@dataclass(frozen=True, slots=True)
class ReplyError:
    """An error answer: the status and the envelope's fields (type defaults to the status's documented type)."""

    status: int
    message: str
    type: str | None = None
    code: str | None = None
    param: str | None = None
    retry_after: int | None = None


@dataclass(frozen=True, slots=True)
class Usage:
    """Token counts that replace the computed ones (None: computed)."""

    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    reasoning_tokens: int | None = None


@dataclass(frozen=True, slots=True)
class Timing:
    """Latency before the answer starts, time from then to the first token, tokens per second after it (None: no
    pacing), and for streams a disconnect after N events."""

    latency_ms: float = 0.0
    ttft_ms: float = 0.0
    tokens_per_second: float | None = None
    disconnect_after: int | None = None

    @property
    def paced(self) -> bool:
        return bool(self.ttft_ms or self.tokens_per_second)


@dataclass(frozen=True)
class Reply:
    items: tuple[OutputItem, ...] = ()
    error: ReplyError | None = None
    finish_reason: str | None = None
    usage: Usage = field(default_factory=Usage)
    timing: Timing = field(default_factory=Timing)

    @property
    def message(self) -> Message | None:
        return next((item for item in self.items if isinstance(item, Message)), None)

    @property
    def calls(self) -> list[FunctionCall]:
        return [item for item in self.items if isinstance(item, FunctionCall)]

    @property
    def reasoning(self) -> Reasoning | None:
        return next((item for item in self.items if isinstance(item, Reasoning)), None)

    def reasoning_tokens(self) -> int:
        if self.usage.reasoning_tokens is not None:
            return self.usage.reasoning_tokens
        reasoning = self.reasoning
        return _tokens.count(reasoning.summary) if reasoning else 0

    def choices(self, n: int, max_tokens: int | None) -> list[Choice]:
        """The reply as `n` choices (each with fresh call ids), cut to `max_tokens` visible tokens."""
        return [self._choice(index, max_tokens) for index in range(n)]

    def _choice(self, index: int, max_tokens: int | None) -> Choice:
        message = self.message
        finish = self.finish_reason or ("tool_calls" if self.calls else "stop")
        text = message.text if message else None
        tokens: list[str] = []
        if text is not None:
            tokens = _tokens.tokenize(text)
            if max_tokens is not None and len(tokens) > max_tokens:
                tokens, finish = tokens[:max_tokens], "length"
                text = "".join(tokens)
        elif message is not None and message.refusal is not None:
            tokens = _tokens.tokenize(message.refusal)  # counted, never cut
        left = None if max_tokens is None else max(max_tokens - len(tokens), 0)
        calls = []
        for call in self.calls:
            pieces = _tokens.tokenize(call.arguments)
            if left is not None:
                if len(pieces) > left:
                    pieces, finish = pieces[:left], "length"
                left -= len(pieces)
            tokens.extend(pieces)
            calls.append(ToolCall(call.call_id or new_id("call_"), call.name, "".join(pieces)))
        return Choice(index, text, tokens, finish, calls)

    def completion_tokens(self, choices: list[Choice]) -> int:
        """Output tokens of the answer (reasoning included): the fixture's count, else the choices' tokens."""
        if self.usage.completion_tokens is not None:
            return self.usage.completion_tokens
        return sum(choice.completion_tokens + self.reasoning_tokens() for choice in choices)


def with_speed(reply: Reply, speed: float) -> Reply:
    """The reply with its delays divided by `speed` (and its token rate multiplied)."""
    if speed == 1.0:
        return reply
    timing = reply.timing
    rate = timing.tokens_per_second * speed if timing.tokens_per_second else None
    return replace(
        reply,
        timing=replace(
            timing, latency_ms=timing.latency_ms / speed, ttft_ms=timing.ttft_ms / speed, tokens_per_second=rate
        ),
    )


def parse_reply(data: str | dict[str, Any]) -> Reply:
    """A Reply from its checked definition (see _fixtures: the schema and the checks it has passed)."""
    if isinstance(data, str):
        return Reply(items=(Message(text=data),))
    items: list[OutputItem] = []
    if "reasoning" in data:
        items.append(Reasoning(data["reasoning"]))
    items += [HostedItem(item) for item in data.get("items", ())]
    if "text" in data or "refusal" in data:
        items.append(Message(text=data.get("text"), refusal=data.get("refusal")))
    for call in data.get("tool_calls", ()):
        items.append(FunctionCall(call["name"], arguments_text(call.get("arguments", {})), call.get("id")))
    error = data.get("error")
    usage = data.get("usage", {})
    return Reply(
        items=tuple(items),
        error=None if error is None else ReplyError(**error),
        finish_reason=data.get("finish_reason"),
        usage=Usage(**usage),
        timing=Timing(
            latency_ms=float(data.get("latency_ms", 0)),
            ttft_ms=float(data.get("ttft_ms", 0)),
            tokens_per_second=float(data["tokens_per_second"]) if "tokens_per_second" in data else None,
            disconnect_after=data.get("disconnect_after"),
        ),
    )


def arguments_text(arguments: Any) -> str:
    """Tool call arguments as the JSON text the API carries (a mapping is encoded; a string is kept)."""
    return arguments if isinstance(arguments, str) else json.dumps(arguments, ensure_ascii=False)
