"""Structured output: with `response_format` (chat) or `text.format` (Responses) `json_object`, the text is a JSON
object; with `json_schema`, it is valid against the schema the request gave. Strict and non-strict structured output
are separate checks: a provider promises to follow the schema only in strict mode, so a team may accept one and not
the other.

Only text that ended on its own is judged: a choice cut by the length limit (`finish_reason: length`, an incomplete
Response) cannot be whole JSON, and with `stop` set a stop sequence may end the text anywhere."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from respan_contract._semantics._check import Problem, SemanticCheck
from respan_contract._semantics._exchange import Exchange
from respan_contract._semantics._jsonschema import schema_errors
from respan_contract._semantics._values import as_dict, choices, content, output_items, output_texts, parses, tool_calls

_UNFINISHED = ("length", "content_filter")


def _format(ex: Exchange) -> tuple[dict[str, Any], str] | None:
    """The output format the request asks for, and its pointer."""
    if ex.kind == "chat":
        value = ex.field("response_format")
        return (value, "/response_format") if isinstance(value, dict) else None
    value = as_dict(ex.field("text")).get("format")
    return (value, "/text/format") if isinstance(value, dict) else None


def _texts(ex: Exchange) -> Iterator[tuple[str, str]]:
    """(answer pointer, text) of every text of the answer that ended on its own."""
    answer = ex.answer or {}
    if ex.kind == "chat":
        for position, choice in choices(answer):
            text = content(choice)
            if text is not None and not tool_calls(choice) and choice.get("finish_reason") not in _UNFINISHED:
                yield ex.answer_field(f"/choices/{position}/message/content"), text
        return
    if answer.get("status") != "completed":
        return
    for position, item in output_items(answer):
        parts = output_texts(item)
        if parts and item.get("status") != "incomplete":
            yield ex.answer_field(f"/output/{position}/content"), "".join(part["text"] for _, part in parts)


def _judged(ex: Exchange, kind: str) -> tuple[dict[str, Any], str, list[tuple[str, str]]] | None:
    found = _format(ex)
    if found is None or found[0].get("type") != kind or ex.answer is None or ex.prompt_may_override:
        return None
    if ex.kind == "chat" and ex.field("stop") is not None:
        return None
    texts = list(_texts(ex))
    return (found[0], found[1], texts) if texts else None


def json_object_honoured(ex: Exchange) -> list[Problem] | None:
    judged = _judged(ex, "json_object")
    if judged is None:
        return None
    _, field, texts = judged
    problems = []
    for where, text in texts:
        ok, value = parses(text)
        if not ok or not isinstance(value, dict):
            what = "is not JSON" if not ok else f"is JSON but not an object ({type(value).__name__})"
            problems.append(Problem(f"{field}/type", where, f"json_object asked for; the text {what}: {text[:80]!r}"))
    return problems


def _schema_problems(ex: Exchange, strict: bool) -> list[Problem] | None:
    judged = _judged(ex, "json_schema")
    if judged is None:
        return None
    format_spec, field = judged[0], judged[1]
    options = as_dict(format_spec.get("json_schema")) if ex.kind == "chat" else format_spec
    options_field = f"{field}/json_schema" if ex.kind == "chat" else field
    if (options.get("strict") is True) != strict or "schema" not in options:
        return None
    schema = options["schema"]
    if schema_errors(schema, {}) is None:
        return None  # not a usable JSON Schema
    problems = []
    for where, text in judged[2]:
        ok, value = parses(text)
        if not ok:
            problems.append(Problem(f"{options_field}/schema", where, f"the text is not JSON: {text[:80]!r}"))
            continue
        errors = schema_errors(schema, value) or []
        if errors:
            problems.append(Problem(f"{options_field}/schema", where, "not valid against it: " + "; ".join(errors)))
    return problems


def json_schema_followed(ex: Exchange) -> list[Problem] | None:
    return _schema_problems(ex, strict=False)


def json_schema_strict_followed(ex: Exchange) -> list[Problem] | None:
    return _schema_problems(ex, strict=True)


CHECKS = (
    SemanticCheck(
        "json_object_honoured",
        "response_format / text.format json_object",
        "JSON mode answers with a JSON object",
        ("chat", "responses"),
        json_object_honoured,
    ),
    SemanticCheck(
        "json_schema_followed",
        "response_format / text.format json_schema (strict false or unset)",
        "structured output is JSON valid against the request's schema",
        ("chat", "responses"),
        json_schema_followed,
    ),
    SemanticCheck(
        "json_schema_strict_followed",
        "response_format / text.format json_schema with strict: true",
        "strict structured output is JSON valid against the request's schema",
        ("chat", "responses"),
        json_schema_strict_followed,
    ),
)
