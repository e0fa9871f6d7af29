"""What the answer's choices must hold: `n` of them, no stop sequence in their text, and log probabilities exactly
when they were asked for, with the number of alternatives asked for."""

from __future__ import annotations

from typing import Any

from respan_contract._semantics._check import Problem, SemanticCheck
from respan_contract._semantics._exchange import Exchange
from respan_contract._semantics._values import as_int, as_list, choices, content, output_items, output_texts

LOGPROBS_INCLUDE = "message.output_text.logprobs"


def n_choices(ex: Exchange) -> list[Problem] | None:
    n = as_int(ex.field("n"))
    if n is None or n < 1 or ex.answer is None or ex.prompt_may_override:
        return None
    found = choices(ex.answer)
    indices = [choice.get("index") for _, choice in found]
    problems = []
    if sorted(index for index in indices if isinstance(index, int)) != list(range(n)) or len(indices) != n:
        shown = indices if len(indices) <= 12 else [*indices[:12], "..."]
        problems.append(
            Problem("/n", ex.answer_field("/choices"), f"{n} choice(s) with indices 0..{n - 1} asked for; got {shown}")
        )
    if ex.stream is not None:
        for index, streamed in sorted(ex.stream.choices.items()):
            if len(streamed.finishes) != 1:
                problems.append(
                    Problem(
                        "/n", f"stream choice {index} finish_reason", f"{len(streamed.finishes)} finish_reasons, not 1"
                    )
                )
    else:
        for position, choice in found:
            if choice.get("finish_reason") is None:
                problems.append(Problem("/n", f"/choices/{position}/finish_reason", "the choice never finished"))
    return problems


def _stop_sequences(value: Any) -> list[tuple[str, str]]:
    """(pointer, sequence) of the non-empty stop sequences of a `stop` value."""
    if isinstance(value, str):
        return [("/stop", value)] if value else []
    return [(f"/stop/{i}", item) for i, item in enumerate(as_list(value)) if isinstance(item, str) and item]


def stop_sequences_absent(ex: Exchange) -> list[Problem] | None:
    sequences = _stop_sequences(ex.field("stop"))
    if not sequences or ex.answer is None or ex.prompt_may_override:
        return None
    problems = []
    for position, choice in choices(ex.answer):
        text = content(choice) or ""
        for pointer, sequence in sequences:
            at = text.find(sequence)
            if at >= 0:
                problems.append(
                    Problem(
                        pointer,
                        ex.answer_field(f"/choices/{position}/message/content"),
                        f"the stop sequence {sequence!r} is in the content, at character {at}",
                    )
                )
    return problems


def logprobs_as_asked(ex: Exchange) -> list[Problem] | None:
    if ex.answer is None or ex.prompt_may_override:
        return None
    return _chat_logprobs(ex) if ex.kind == "chat" else _responses_logprobs(ex)


def _alternatives(ex: Exchange) -> int | None:
    """The number of alternatives asked for per token (0 when `top_logprobs` is not set); None when invalid."""
    if not ex.has("top_logprobs"):
        return 0
    count = as_int(ex.field("top_logprobs"))
    return count if count is not None and count >= 0 else None


def _entry_problems(entries: list[Any], count: int, field: str, where: str) -> list[Problem]:
    """The first entry of `entries` whose number of alternatives is not `count`."""
    for position, entry in enumerate(entries):
        top = entry.get("top_logprobs") if isinstance(entry, dict) else None
        if not isinstance(top, list) or len(top) != count:
            got = len(top) if isinstance(top, list) else top
            return [
                Problem(field, f"{where}/{position}/top_logprobs", f"{count} alternative(s) asked for; got {got!r}")
            ]
    return []


def _chat_logprobs(ex: Exchange) -> list[Problem] | None:
    if not (ex.has("logprobs") or ex.has("top_logprobs")):
        return None
    count = _alternatives(ex)
    if count is None:
        return None
    asked = ex.field("logprobs") is True
    problems = []
    for position, choice in choices(ex.answer or {}):
        logprobs = choice.get("logprobs")
        entries = logprobs.get("content") if isinstance(logprobs, dict) else None
        where = ex.answer_field(f"/choices/{position}/logprobs/content")
        text = content(choice)
        if not asked:
            if entries:
                problems.append(Problem("/logprobs", where, f"not asked for, yet {len(entries)} entries"))
            continue
        if text and not (isinstance(entries, list) and entries):
            problems.append(Problem("/logprobs", where, f"asked for; the {len(text)}-character content has none"))
        elif isinstance(entries, list):
            field = "/top_logprobs" if ex.has("top_logprobs") else "/logprobs"
            problems += _entry_problems(entries, count, field, where)
    return problems


def _responses_logprobs(ex: Exchange) -> list[Problem] | None:
    include = ex.field("include")
    if not (isinstance(include, list) or ex.has("top_logprobs")):
        return None
    count = _alternatives(ex)
    if count is None:
        return None
    asked = isinstance(include, list) and LOGPROBS_INCLUDE in include
    field = f"/include/{include.index(LOGPROBS_INCLUDE)}" if asked and isinstance(include, list) else "/include"
    problems = []
    for item_position, item in output_items(ex.answer or {}):
        for part_position, part in output_texts(item):
            entries = part.get("logprobs")
            where = ex.answer_field(f"/output/{item_position}/content/{part_position}/logprobs")
            if not asked:
                if entries:
                    problems.append(
                        Problem(field, where, f"{LOGPROBS_INCLUDE} not included, yet {len(entries)} entries")
                    )
                continue
            if part["text"] and not (isinstance(entries, list) and entries):
                problems.append(Problem(field, where, f"asked for; the {len(part['text'])}-character text has none"))
            elif isinstance(entries, list):
                problems += _entry_problems(entries, count, "/top_logprobs" if ex.has("top_logprobs") else field, where)
    return problems


CHECKS = (
    SemanticCheck(
        "n_choices",
        "n",
        "exactly n choices, indices 0..n-1, each finished once",
        ("chat",),
        n_choices,
    ),
    SemanticCheck(
        "stop_sequences_absent",
        "stop",
        "no choice's content contains a stop sequence",
        ("chat",),
        stop_sequences_absent,
    ),
    SemanticCheck(
        "logprobs_as_asked",
        "logprobs, top_logprobs; Responses include message.output_text.logprobs",
        "log probabilities present exactly when asked for, with the number of alternatives asked for",
        ("chat", "responses"),
        logprobs_as_asked,
    ),
)
