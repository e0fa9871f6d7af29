"""Function calling: `tool_choice` `required` or a named function makes every answer call a tool (that one),
`none` makes it call none; and a call's arguments are JSON, valid against the function's `parameters` when the
function is strict (chat: `strict: true`; Responses: strict unless `strict: false`, the spec's default)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from respan_contract._semantics._check import Problem, SemanticCheck
from respan_contract._semantics._exchange import Exchange
from respan_contract._semantics._jsonschema import schema_errors
from respan_contract._semantics._values import as_dict, as_list, choices, output_items, parses, tool_calls


@dataclass(frozen=True)
class _Function:
    pointer: str  # of the tool in the request
    name: str
    parameters: Any
    strict: bool


@dataclass(frozen=True)
class _Call:
    where: str  # answer pointer of the call
    name: Any
    arguments: Any
    cut: bool  # the answer was cut by its length limit, so the arguments may be partial


def _functions(ex: Exchange) -> list[_Function]:
    found = []
    for position, tool in enumerate(as_list(ex.field("tools"))):
        if not isinstance(tool, dict) or tool.get("type") != "function":
            continue
        if ex.kind == "chat":
            function = as_dict(tool.get("function"))
            strict, pointer = function.get("strict") is True, f"/tools/{position}/function"
        else:
            function, strict, pointer = tool, tool.get("strict", True) is True, f"/tools/{position}"
        if isinstance(function.get("name"), str):
            found.append(_Function(pointer, function["name"], function.get("parameters"), strict))
    return found


def _answers(ex: Exchange) -> list[tuple[str, list[_Call]]]:
    """(answer pointer, its calls) per chat choice, or the Response as one answer with its function calls; calls
    of any kind count for `required` and `none` (hosted tools are `*_call` items)."""
    answer = ex.answer or {}
    if ex.kind == "chat":
        return [
            (
                ex.answer_field(f"/choices/{position}/message/tool_calls"),
                [
                    _Call(
                        ex.answer_field(f"/choices/{position}/message/tool_calls/{i}/function"),
                        as_dict(call.get("function")).get("name"),
                        as_dict(call.get("function")).get("arguments"),
                        choice.get("finish_reason") == "length",
                    )
                    for i, call in enumerate(tool_calls(choice))
                ],
            )
            for position, choice in choices(answer)
        ]
    cut = answer.get("status") == "incomplete"
    calls = [
        _Call(
            ex.answer_field(f"/output/{position}"),
            item.get("name") if item.get("type") == "function_call" else item.get("type"),
            item.get("arguments") if item.get("type") == "function_call" else None,
            cut or item.get("status") == "incomplete",
        )
        for position, item in output_items(answer)
        if str(item.get("type", "")).endswith("_call")
    ]
    return [(ex.answer_field("/output"), calls)]


def _named(ex: Exchange, choice: Any) -> str | None:
    if not isinstance(choice, dict) or choice.get("type") != "function":
        return None
    name = as_dict(choice.get("function")).get("name") if ex.kind == "chat" else choice.get("name")
    return name if isinstance(name, str) else None


def tool_choice_honoured(ex: Exchange) -> list[Problem] | None:
    choice = ex.field("tool_choice")
    named = _named(ex, choice)
    if ex.answer is None or ex.prompt_may_override or not _functions(ex):
        return None
    if choice not in ("required", "none") and named is None:
        return None
    problems = []
    for where, calls in _answers(ex):
        if choice == "none" and calls:
            problems.append(Problem("/tool_choice", where, f"tool_choice none; the answer calls {calls[0].name!r}"))
        elif choice != "none" and not calls:
            asked = "required" if named is None else f"the function {named!r}"
            problems.append(Problem("/tool_choice", where, f"tool_choice asks for {asked}; the answer calls no tool"))
        elif named is not None:
            other = [call.name for call in calls if call.name != named]
            if other:
                problems.append(
                    Problem("/tool_choice", where, f"tool_choice names {named!r}; the answer calls {other[0]!r}")
                )
    return problems


def tool_arguments_valid(ex: Exchange) -> list[Problem] | None:
    functions = {function.name: function for function in reversed(_functions(ex))}  # the first of a name wins
    if ex.answer is None or not functions:
        return None
    calls = [call for _, answer_calls in _answers(ex) for call in answer_calls if call.name in functions]
    judged = [call for call in calls if not call.cut and isinstance(call.arguments, str)]
    if not judged:
        return None
    problems = []
    for call in judged:
        function = functions[call.name]
        ok, value = parses(call.arguments)
        if not ok:
            problems.append(Problem(function.pointer, f"{call.where}/arguments", f"not JSON: {call.arguments[:80]!r}"))
            continue
        strict = function.strict and function.parameters is not None
        errors = schema_errors(function.parameters, value) if strict else None
        if errors:
            problems.append(
                Problem(f"{function.pointer}/parameters", f"{call.where}/arguments", "strict: " + "; ".join(errors))
            )
    return problems


CHECKS = (
    SemanticCheck(
        "tool_choice_honoured",
        "tool_choice required / a named function / none (with function tools)",
        "tool_choice required or named makes the answer call a tool (that one); none makes it call none",
        ("chat", "responses"),
        tool_choice_honoured,
    ),
    SemanticCheck(
        "tool_arguments_valid",
        "tools (function parameters, strict)",
        "a function call's arguments are JSON, valid against the function's parameters when it is strict",
        ("chat", "responses"),
        tool_arguments_valid,
    ),
)
