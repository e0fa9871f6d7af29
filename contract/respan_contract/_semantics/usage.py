"""Token counts: usage that adds up, the length limits honoured, and the chat stream's usage chunk when (and only
when) `stream_options.include_usage` asks for it."""

from __future__ import annotations

from typing import Any

from respan_contract._semantics._check import Problem, SemanticCheck
from respan_contract._semantics._exchange import Exchange
from respan_contract._semantics._values import as_dict, as_int, choices, output_items

# (input, output, their details objects) of each operation's usage object
_USAGE_FIELDS = {
    "chat": ("prompt_tokens", "completion_tokens", "prompt_tokens_details", "completion_tokens_details"),
    "responses": ("input_tokens", "output_tokens", "input_tokens_details", "output_tokens_details"),
}


def _usage_problems(kind: str, usage: dict[str, Any], where: str) -> list[Problem]:
    given, made, given_details, made_details = _USAGE_FIELDS[kind]
    problems = []
    first, second, total = (as_int(usage.get(name)) for name in (given, made, "total_tokens"))
    if first is not None and second is not None and total is not None and total != first + second:
        problems.append(
            Problem(
                "(any request)",
                f"{where}/total_tokens",
                f"total_tokens is {total}; {given} {first} + {made} {second} = {first + second}",
            )
        )
    for details, parent in ((given_details, given), (made_details, made)):
        limit = as_int(usage.get(parent))
        for name, value in as_dict(usage.get(details)).items():
            count = as_int(value)
            if limit is not None and count is not None and count > limit:
                problems.append(
                    Problem("(any request)", f"{where}/{details}/{name}", f"{count} is more than {parent} {limit}")
                )
    return problems


def usage_adds_up(ex: Exchange) -> list[Problem] | None:
    if ex.stream is not None:
        found = [
            (i, chunk["usage"]) for i, chunk in enumerate(ex.stream.chunks) if isinstance(chunk.get("usage"), dict)
        ]
        if not found:
            return None
        return [p for i, usage in found for p in _usage_problems("chat", usage, f"stream chunk {i} /usage")]
    usage = ex.answer.get("usage") if ex.answer is not None else None
    if not isinstance(usage, dict):
        return None
    return _usage_problems(ex.kind, usage, ex.answer_field("/usage"))


def _chat_limit(ex: Exchange) -> tuple[str, int] | None:
    for name in ("max_completion_tokens", "max_tokens"):  # max_completion_tokens replaces max_tokens
        if ex.has(name):
            limit = as_int(ex.field(name))
            return (f"/{name}", limit) if limit is not None and limit > 0 else None
    return None


def max_tokens_honoured(ex: Exchange) -> list[Problem] | None:
    if ex.answer is None or ex.prompt_may_override:
        return None
    if ex.kind == "responses":
        return _max_output_tokens(ex)
    found = _chat_limit(ex)
    if found is None:
        return None
    field, limit = found
    problems = []
    usage = ex.answer.get("usage")
    made = as_int(usage.get("completion_tokens")) if isinstance(usage, dict) else None
    count = max(len(choices(ex.answer)), 1)
    if made is not None and made > limit * count:
        problems.append(
            Problem(
                field,
                ex.answer_field("/usage/completion_tokens"),
                f"at most {limit} tokens per choice asked for ({count} choice(s)); {made} generated",
            )
        )
    if made is None and ex.stream is not None:
        # Without usage, a streamed choice's deltas bound it from below: each delta carries at least one token.
        for index, choice in sorted(ex.stream.choices.items()):
            deltas = choice.content_deltas + choice.argument_deltas
            if deltas > limit:
                problems.append(
                    Problem(field, f"stream choice {index} deltas", f"at most {limit} tokens; {deltas} token deltas")
                )
    return problems


def _max_output_tokens(ex: Exchange) -> list[Problem] | None:
    limit = as_int(ex.field("max_output_tokens"))
    if limit is None or limit < 1 or ex.answer is None:
        return None
    answer = ex.answer
    problems = []
    usage = answer.get("usage")
    made = as_int(usage.get("output_tokens")) if isinstance(usage, dict) else None
    if made is not None and made > limit:
        problems.append(
            Problem(
                "/max_output_tokens",
                ex.answer_field("/usage/output_tokens"),
                f"at most {limit} output tokens (reasoning included) asked for; {made} generated",
            )
        )
    status = answer.get("status")
    reason = as_dict(answer.get("incomplete_details")).get("reason")
    if status == "incomplete" and not isinstance(reason, str):
        problems.append(
            Problem(
                "/max_output_tokens",
                ex.answer_field("/incomplete_details/reason"),
                "the response is incomplete but does not say why",
            )
        )
    if status == "completed":
        for position, item in output_items(answer):
            if item.get("status") == "incomplete":
                problems.append(
                    Problem(
                        "/max_output_tokens",
                        ex.answer_field(f"/output/{position}/status"),
                        "an output item was cut short, yet the response's status is `completed` (not `incomplete`)",
                    )
                )
    return problems


def stream_usage_chunk(ex: Exchange) -> list[Problem] | None:
    options = ex.field("stream_options")
    if ex.stream is None or not isinstance(options, dict) or not isinstance(options.get("include_usage"), bool):
        return None
    chunks = ex.stream.chunks
    found = ex.stream.usage_chunks()
    field = "/stream_options/include_usage"
    if options["include_usage"] is False:
        if not found:
            return []
        return [
            Problem(field, f"stream chunk {found[0]} /usage", f"include_usage is false; chunks {found} carry usage")
        ]
    if not found:
        return [Problem(field, "the stream's chunks /usage", "include_usage is true; no chunk carries usage")]
    problems = []
    last = len(chunks) - 1
    if found != [last]:
        problems.append(
            Problem(
                field,
                f"stream chunk {found[0]} /usage",
                f"one usage chunk, the last before [DONE] (chunk {last}), expected; usage in chunks {found}",
            )
        )
    held = chunks[found[-1]].get("choices")
    if held:
        problems.append(
            Problem(
                field,
                f"stream chunk {found[-1]} /choices",
                f"the usage chunk must hold no choices; it holds {len(held)}",
            )
        )
    return problems


CHECKS = (
    SemanticCheck(
        "usage_adds_up",
        "usage (of every answer that reports it)",
        "usage adds up: total = input + output tokens, details within their totals",
        ("chat", "responses"),
        usage_adds_up,
    ),
    SemanticCheck(
        "max_tokens_honoured",
        "max_tokens, max_completion_tokens, max_output_tokens",
        "no more tokens than the limit asked for, and a cut Response says so",
        ("chat", "responses"),
        max_tokens_honoured,
    ),
    SemanticCheck(
        "stream_usage_chunk",
        "stream_options.include_usage",
        "a chat stream ends with one usage chunk without choices when include_usage is true, none when false",
        ("chat",),
        stream_usage_chunk,
    ),
)
