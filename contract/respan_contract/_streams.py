"""The stream contract of both operations, as rules over a list of parsed server-sent events. Each rule returns
the problems it found (empty when the stream conforms); the Schemathesis checks and the scenarios share them.

Chat: every `data` is a ChatCompletionChunk (one `id` throughout) and the stream ends with one `data: [DONE]`.
Responses: every `data` is a stream event whose `type` the SSE `event` field repeats, `sequence_number` counts from
0 by one, and the events follow the documented order: response.created, response.in_progress, then per output item
output_item.added, the events of its kind in their order (`ITEM_EVENTS`: a web search's in_progress, searching,
completed; a message part's deltas, annotations, done; ...), output_item.done; finally exactly one of
response.completed / response.incomplete / response.failed, or an `error` event, which may end the stream at any
point. The deltas of a part add up to its `.done` text (text, arguments, refusal, code, input, command)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from respan_contract._schemas import SchemaValidators
from respan_contract._sse import ServerSentEvent

__all__ = [
    "ITEM_EVENTS",
    "SchemaValidators",
    "chat_framing_problems",
    "event_schema_problems",
    "responses_order_problems",
]

DONE = "[DONE]"
TERMINAL_TYPES = frozenset({"response.completed", "response.incomplete", "response.failed", "error"})
_LIFECYCLE_TYPES = frozenset({"response.created", "response.in_progress", "response.queued"})
# Events of the whole response, not of an item (no output_index): allowed anywhere between the lifecycle and the end.
_RESPONSE_EVENTS = frozenset(
    {"response.audio.delta", "response.audio.done", "response.audio.transcript.delta", "response.audio.transcript.done"}
)


@dataclass(frozen=True)
class ItemEvent:
    """An event that belongs to an output item: the item types it may belong to, its rank in the item's order
    (within one part: content_index, summary_index or command_index), and whether it may repeat (deltas)."""

    items: frozenset[str]
    rank: int
    repeats: bool = False


def _family(items: str, *steps: tuple[str, int, bool]) -> dict[str, ItemEvent]:
    return {kind: ItemEvent(frozenset(items.split()), rank, repeats) for kind, rank, repeats in steps}


ITEM_EVENTS: dict[str, ItemEvent] = {
    **_family(
        "message reasoning",
        ("response.content_part.added", 0, False),
        ("response.content_part.done", 4, False),
    ),
    **_family(
        "message",
        ("response.output_text.delta", 1, True),
        ("response.refusal.delta", 1, True),
        ("response.output_text.annotation.added", 2, True),
        ("response.output_text.done", 3, False),
        ("response.refusal.done", 3, False),
    ),
    **_family(
        "reasoning",
        ("response.reasoning_summary_part.added", 0, False),
        ("response.reasoning_summary_text.delta", 1, True),
        ("response.reasoning_text.delta", 1, True),
        ("response.reasoning_summary_text.done", 2, False),
        ("response.reasoning_text.done", 3, False),
        ("response.reasoning_summary_part.done", 4, False),
    ),
    **_family(
        "function_call",
        ("response.function_call_arguments.delta", 1, True),
        ("response.function_call_arguments.done", 2, False),
    ),
    **_family(
        "custom_tool_call",
        ("response.custom_tool_call_input.delta", 1, True),
        ("response.custom_tool_call_input.done", 2, False),
    ),
    **{
        f"response.{kind}_call.{step}": ItemEvent(frozenset({f"{kind}_call"}), rank)
        for kind in ("web_search", "file_search")
        for rank, step in enumerate(("in_progress", "searching", "completed"))
    },
    **_family(
        "code_interpreter_call",
        ("response.code_interpreter_call.in_progress", 0, False),
        ("response.code_interpreter_call_code.delta", 1, True),
        ("response.code_interpreter_call_code.done", 2, False),
        ("response.code_interpreter_call.interpreting", 3, False),
        ("response.code_interpreter_call.completed", 4, False),
    ),
    **_family(
        "image_generation_call",
        ("response.image_generation_call.in_progress", 0, False),
        ("response.image_generation_call.generating", 1, False),
        ("response.image_generation_call.partial_image", 2, True),
        ("response.image_generation_call.completed", 3, False),
    ),
    **_family(
        "mcp_list_tools",
        ("response.mcp_list_tools.in_progress", 0, False),
        ("response.mcp_list_tools.completed", 1, False),
        ("response.mcp_list_tools.failed", 1, False),
    ),
    **_family(
        "mcp_call",
        ("response.mcp_call.in_progress", 0, False),
        ("response.mcp_call_arguments.delta", 1, True),
        ("response.mcp_call_arguments.done", 2, False),
        ("response.mcp_call.completed", 3, False),
        ("response.mcp_call.failed", 3, False),
    ),
    **_family(
        "shell_call",
        ("response.shell_call_command.added", 0, False),
        ("response.shell_call_command.delta", 1, True),
        ("response.shell_call_command.done", 2, False),
    ),
    **_family(
        "shell_call_output",
        ("response.shell_call_output_content.delta", 1, True),
        ("response.shell_call_output_content.done", 2, False),
    ),
    **_family("compaction", ("response.compaction.compacting", 0, False)),
}
# The fields of a `.done` event that repeat the concatenation of the part's deltas.
_DONE_TEXT_FIELDS = ("text", "arguments", "refusal", "code", "input", "command")


def _json_data(event: ServerSentEvent, index: int, problems: list[str]) -> Any:
    try:
        return json.loads(event.data)
    except ValueError:
        problems.append(f"event {index}: data is not JSON: {event.data[:200]!r}")
        return None


def event_schema_problems(kind: str, events: list[ServerSentEvent], validators: SchemaValidators) -> list[str]:
    """Events whose `data` is not valid against the operation's event schema (`kind` "chat" or "responses"), and
    Responses events whose SSE `event` field does not repeat their type."""
    problems: list[str] = []
    for index, event in enumerate(events):
        if kind == "chat" and event.data == DONE:
            continue
        data = _json_data(event, index, problems)
        if data is None:
            continue
        component = "ChatCompletionChunk" if kind == "chat" else _event_component(data, validators)
        label = f"event {index}" if kind == "chat" else f"event {index} ({_type(data)})"
        if component is None:
            problems.append(f"{label}: not an event type of the spec")
            continue
        problems += [f"{label}: {reason}" for reason in validators.errors(component, data)]
        # httpx-sse reports an event without an `event:` field as "message"
        if kind == "responses" and event.event not in ("message", _type(data)):
            problems.append(f"{label}: the SSE `event` field is {event.event!r}; it must repeat the type")
    return problems


def _type(data: Any) -> Any:
    return data.get("type") if isinstance(data, dict) else None


def _event_component(data: Any, validators: SchemaValidators) -> str | None:
    """The event schema of `data`'s type, so that a finding names the field of that event (the whole union when
    `data` is not an object, which then fails as one)."""
    if not isinstance(data, dict):
        return "ResponseStreamEvent"
    return validators.member("ResponseStreamEvent", data.get("type"))


def chat_framing_problems(
    events: list[ServerSentEvent], *, complete: bool = True, include_usage: bool = False
) -> list[str]:
    """Framing problems of a chat completion stream: `[DONE]` once and last, one id, one finish_reason per choice,
    the usage chunk last when asked for. `complete` is False when only the stream's first events were read, so
    its end cannot be judged."""
    problems: list[str] = []
    chunks: list[dict[str, Any]] = []
    done_at: int | None = None
    for index, event in enumerate(events):
        if event.data == DONE:
            if done_at is not None:
                problems.append(f"event {index}: a second `data: {DONE}`")
            done_at = index
            continue
        if done_at is not None:
            problems.append(f"event {index}: an event after `data: {DONE}`")
        try:
            chunk = json.loads(event.data)
        except ValueError:
            continue  # reported by event_schema_problems
        if isinstance(chunk, dict):
            chunks.append(chunk)
    if not complete:
        return problems
    if done_at is None:
        problems.append(f"the stream does not end with `data: {DONE}`")
    if not chunks:
        problems.append("the stream has no chunk")
        return problems
    ids = {str(chunk.get("id")) for chunk in chunks}
    if len(ids) > 1:
        problems.append(f"chunks carry {len(ids)} different ids; one completion has one id")
    problems += _finish_problems(chunks)
    if include_usage:
        last = chunks[-1]
        if not last.get("usage") or last.get("choices"):
            problems.append("stream_options.include_usage: the last chunk must hold `usage` and no choices")
    return problems


def _finish_problems(chunks: list[dict[str, Any]]) -> list[str]:
    """Every choice the stream opened gets one finish_reason."""
    finished: dict[int, int] = {}
    opened: set[int] = set()
    for chunk in chunks:
        for choice in chunk.get("choices") or []:
            if not isinstance(choice, dict) or not isinstance(choice.get("index"), int):
                continue
            opened.add(choice["index"])
            if choice.get("finish_reason") is not None:
                finished[choice["index"]] = finished.get(choice["index"], 0) + 1
    problems = [f"choice {index} has no finish_reason" for index in sorted(opened - finished.keys())]
    problems += [f"choice {index} has {count} finish_reasons" for index, count in sorted(finished.items()) if count > 1]
    return problems


@dataclass
class _Item:
    """An output item being streamed: its id and type, the text accumulated per part, the rank reached per part."""

    id: str | None
    type: str | None = None
    done: bool = False
    deltas: dict[tuple[str, int], str] = field(default_factory=dict)
    ranks: dict[int, tuple[int, str]] = field(default_factory=dict)  # part -> (rank, the event that reached it)


@dataclass
class _ResponsesState:
    problems: list[str] = field(default_factory=list)
    response_ids: set[str] = field(default_factory=set)
    items: dict[int, _Item] = field(default_factory=dict)
    open_item: int | None = None
    terminal: str | None = None


def responses_order_problems(events: list[ServerSentEvent], *, complete: bool = True) -> list[str]:
    """Order problems of a Responses stream (see the module docstring for the order it must follow)."""
    state = _ResponsesState()
    for index, event in enumerate(events):
        try:
            data = json.loads(event.data)
        except ValueError:
            data = None  # reported by event_schema_problems
        if not isinstance(data, dict):
            state.problems.append(f"event {index}: not a JSON object, so its place in the order is unknown")
            continue
        _check_event(state, index, data)
    if complete:
        if not events:
            state.problems.append("the stream has no event")
        elif state.terminal is None:
            state.problems.append("the stream ends without a final response.completed/incomplete/failed or error")
    return state.problems


def _check_event(state: _ResponsesState, index: int, data: dict[str, Any]) -> None:
    kind = data.get("type")
    where = f"event {index} ({kind})"
    if data.get("sequence_number") != index:
        state.problems.append(f"{where}: sequence_number is {data.get('sequence_number')!r}, expected {index}")
    if state.terminal is not None:
        state.problems.append(f"{where}: an event after {state.terminal}")
    if index == 0 and kind != "response.created":
        state.problems.append(f"{where}: the first event must be response.created")
    if index == 1 and kind not in ("response.in_progress", "response.queued") and kind not in TERMINAL_TYPES:
        state.problems.append(f"{where}: response.in_progress must follow response.created")
    if isinstance(data.get("response"), dict):
        state.response_ids.add(str(data["response"].get("id")))
        if len(state.response_ids) > 1:
            state.problems.append(f"{where}: the response id changed within the stream")
    if kind in TERMINAL_TYPES:
        state.terminal = str(kind)
        if state.open_item is not None and kind == "response.completed":
            state.problems.append(f"{where}: output item {state.open_item} was never done")
        _check_final_output(state, where, data)
    elif kind == "response.output_item.added":
        _item_added(state, where, data)
    elif kind == "response.output_item.done":
        _item_done(state, where, data)
    elif isinstance(kind, str) and kind in ITEM_EVENTS:
        _item_event(state, where, kind, data)
    elif index < 2 and kind in _RESPONSE_EVENTS:
        state.problems.append(f"{where}: a response event before response.in_progress")
    elif kind not in _LIFECYCLE_TYPES and kind not in _RESPONSE_EVENTS:
        state.problems.append(f"{where}: undocumented event type")


def _item_added(state: _ResponsesState, where: str, data: dict[str, Any]) -> None:
    position = data.get("output_index")
    if state.open_item is not None:
        state.problems.append(f"{where}: output item {state.open_item} is still open")
    if position != len(state.items):
        state.problems.append(f"{where}: output_index {position!r}, expected {len(state.items)}")
    if isinstance(position, int):
        item = data.get("item")
        item = item if isinstance(item, dict) else {}
        state.items[position] = _Item(id=item.get("id"), type=item.get("type"))
        state.open_item = position


def _item_done(state: _ResponsesState, where: str, data: dict[str, Any]) -> None:
    position = data.get("output_index")
    if state.open_item is None or position != state.open_item:
        state.problems.append(f"{where}: output item {position!r} was not added (or is already done)")
        return
    item = state.items[state.open_item]
    done = data.get("item")
    done_id = done.get("id") if isinstance(done, dict) else None
    if done_id != item.id:
        state.problems.append(f"{where}: item id {done_id!r} differs from the added item's {item.id!r}")
    item.done = True
    state.open_item = None


def _item_event(state: _ResponsesState, where: str, kind: str, data: dict[str, Any]) -> None:
    position = data.get("output_index")
    if position is None or position != state.open_item:
        state.problems.append(f"{where}: output item {position!r} is not open (added and not yet done)")
        return
    item = state.items[position]
    if "item_id" in data and data["item_id"] != item.id:
        state.problems.append(f"{where}: item_id {data['item_id']!r} is not the open item's {item.id!r}")
    rule = ITEM_EVENTS[kind]
    if item.type not in rule.items:
        expected = " or ".join(sorted(rule.items))
        state.problems.append(f"{where}: an event of a {expected} item, but the open item is a {item.type!r}")
        return
    part = data.get("content_index", data.get("summary_index", data.get("command_index", 0)))
    part = part if isinstance(part, int) else 0
    _check_rank(item, part, kind, rule, where, state.problems)
    key = (kind.rsplit(".", 1)[0], part)
    if kind.endswith(".delta") and isinstance(data.get("delta"), str):
        item.deltas[key] = item.deltas.get(key, "") + data["delta"]
    for text_field in _DONE_TEXT_FIELDS:
        done_text = data.get(text_field) if kind.endswith(".done") else None
        if isinstance(done_text, str) and key in item.deltas and done_text != item.deltas[key]:
            state.problems.append(f"{where}: `{text_field}` is not the concatenation of its deltas")


def _check_rank(item: _Item, part: int, kind: str, rule: ItemEvent, where: str, problems: list[str]) -> None:
    """Within one part of an item, events follow their documented order, and only deltas repeat."""
    reached = item.ranks.get(part)
    if reached is not None:
        rank, previous = reached
        if rule.rank < rank or (rule.rank == rank and not rule.repeats):
            problems.append(f"{where}: after {previous}, out of the documented order of a {item.type} item")
            return
    item.ranks[part] = (rule.rank, kind)


def _check_final_output(state: _ResponsesState, where: str, data: dict[str, Any]) -> None:
    response = data.get("response")
    if data.get("type") != "response.completed" or not isinstance(response, dict):
        return
    output = response.get("output")
    if not isinstance(output, list):
        return
    streamed = [state.items[index].id for index in sorted(state.items)]
    final = [item.get("id") if isinstance(item, dict) else None for item in output]
    if streamed != final:
        state.problems.append(f"{where}: the final output items {final} differ from the streamed items {streamed}")
