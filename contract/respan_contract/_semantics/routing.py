"""What the answer says about who served it: its `model` is a model the request routes to (a load-balanced pick or
a fallback, never a hidden one behind the requested name), and `request_breakdown`, when asked for, agrees with the
answer's usage and names the model that served."""

from __future__ import annotations

from typing import Any

from respan_contract._semantics._check import Problem, SemanticCheck
from respan_contract._semantics._exchange import Exchange
from respan_contract._semantics._values import as_dict, as_int, as_list, names_model, shorten

# Where the gateway takes the primary model from, first found wins (the spec: `models`, `load_balance_models` and a
# group's models are picked "instead of `model`").
_POOLS = ("load_balance_group", "load_balance_models", "models")


def primary_models(ex: Exchange) -> tuple[list[str], str] | None:
    """The primary models the request routes to and the pointer of where it says so; None when the kit cannot
    know them (a configured load balance group without its own `models`)."""
    for name in _POOLS:
        found = ex.respan(name)
        if found is None:
            continue
        value, pointer = found
        if name == "load_balance_group":
            if not isinstance(value, dict) or "models" not in value:
                return None
            value, pointer = value["models"], f"{pointer}/models"
        names = [entry if isinstance(entry, str) else as_dict(entry).get("model") for entry in as_list(value)]
        models = [name for name in names if isinstance(name, str) and name]
        if models:
            return models, pointer
    model = ex.field("model")
    return ([model], "/model") if isinstance(model, str) else None


def string_list(ex: Exchange, name: str) -> tuple[list[str], str | None]:
    found = ex.respan(name)
    if found is None:
        return [], None
    return [item for item in as_list(found[0]) if isinstance(item, str)], found[1]


def _answered_models(ex: Exchange) -> list[tuple[str, Any]]:
    """(answer field, model) of every place the answer names its model."""
    if ex.stream is not None:
        return [(f"stream chunk {i} /model", chunk.get("model")) for i, chunk in enumerate(ex.stream.chunks)]
    found = [(ex.answer_field("/model"), (ex.answer or {}).get("model"))]
    for position, event in enumerate(ex.events):
        response = event.get("response")
        if isinstance(response, dict) and position < len(ex.events) - 1:
            found.append((f"stream event {position} /response/model", response.get("model")))
    return found


def serving_model_named(ex: Exchange) -> list[Problem] | None:
    routed = any(ex.respan(name) is not None for name in (*_POOLS, "fallback_models", "exclude_models"))
    if ex.answer is None or not routed or ex.maybe_cached:
        return None  # a cached answer names the model that made it, perhaps for another request
    if ex.respan("prompt") is not None or ex.respan("model_name_map") is not None:
        return None  # a stored prompt may name the model; a name map renames it
    pool = primary_models(ex)
    if pool is None:
        return None
    fallbacks, fallback_field = string_list(ex, "fallback_models")
    excluded, _ = string_list(ex, "exclude_models")
    candidates = [model for model in [*pool[0], *fallbacks] if model not in excluded]
    if not candidates:
        return None  # nothing is routable: the gateway must refuse (no_routable_model), not answer
    field = pool[1] if fallback_field is None else f"{pool[1]} and {fallback_field}"
    problems = []
    for where, model in _answered_models(ex):
        if not any(names_model(model, candidate) for candidate in candidates):
            problems.append(
                Problem(field, where, f"the answer names {shorten(model)}; the request routes to {shorten(candidates)}")
            )
            break
    return problems


def _breakdown_place(ex: Exchange) -> tuple[Any, str]:
    """The answer's request_breakdown and where it is (a chat stream carries it in its last chunk)."""
    if ex.stream is not None:
        held = [i for i, chunk in enumerate(ex.stream.chunks) if chunk.get("request_breakdown") is not None]
        if held:
            return ex.stream.chunks[held[-1]]["request_breakdown"], f"stream chunk {held[-1]} /request_breakdown"
        return None, "the stream's chunks /request_breakdown"
    return (ex.answer or {}).get("request_breakdown"), ex.answer_field("/request_breakdown")


def request_breakdown_agrees(ex: Exchange) -> list[Problem] | None:
    found = ex.respan("request_breakdown")
    if found is None or not isinstance(found[0], bool) or ex.answer is None:
        return None
    asked, field = found
    breakdown, where = _breakdown_place(ex)
    if not asked:
        return [] if breakdown is None else [Problem(field, where, "request_breakdown is false; the answer has one")]
    if not isinstance(breakdown, dict):
        return [Problem(field, where, "request_breakdown is true; the answer has none")]
    problems = []
    if ex.stream is not None:
        last = len(ex.stream.chunks) - 1
        held = [i for i, chunk in enumerate(ex.stream.chunks) if chunk.get("request_breakdown") is not None]
        if held != [last]:
            problems.append(Problem(field, where, f"in the last chunk before [DONE] (chunk {last}); found in {held}"))
    problems += _tokens_agree(ex, field, where, breakdown)
    served = breakdown.get("model")
    model = ex.answer.get("model")
    if isinstance(served, str) and not (names_model(model, served) or names_model(served, str(model))):
        problems.append(
            Problem(
                field,
                ex.answer_field("/model"),
                f"the breakdown says {shorten(served)} served; the answer names {shorten(model)}",
            )
        )
    attempts = [attempt for attempt in as_list(breakdown.get("attempts")) if isinstance(attempt, dict)]
    if attempts and isinstance(served, str):
        last_attempt = attempts[-1]
        if last_attempt.get("status") != "success" or last_attempt.get("model") != served:
            problems.append(
                Problem(
                    field,
                    f"{where}/attempts/{len(attempts) - 1}",
                    f"the last attempt must be the success of {shorten(served)}; it is {shorten(last_attempt)}",
                )
            )
        early = [i for i, attempt in enumerate(attempts[:-1]) if attempt.get("status") == "success"]
        if early:
            problems.append(Problem(field, f"{where}/attempts/{early[0]}", "a success before the last attempt"))
    return problems


def _tokens_agree(ex: Exchange, field: str, where: str, breakdown: dict[str, Any]) -> list[Problem]:
    usage = ex.answer.get("usage") if ex.answer is not None else None
    if not isinstance(usage, dict):
        return []
    pairs = (
        (("prompt_tokens", "prompt_tokens"), ("completion_tokens", "completion_tokens"))
        if ex.kind == "chat"
        else (("prompt_tokens", "input_tokens"), ("completion_tokens", "output_tokens"))
    )
    problems = []
    for ours, theirs in pairs:
        counted, reported = as_int(breakdown.get(ours)), as_int(usage.get(theirs))
        if counted is not None and reported is not None and counted != reported:
            problems.append(
                Problem(field, f"{where}/{ours}", f"{counted}, while the answer's usage {theirs} is {reported}")
            )
    return problems


CHECKS = (
    SemanticCheck(
        "serving_model_named",
        "models, load_balance_models, load_balance_group.models, fallback_models, exclude_models",
        "the answer's model is one the request routes to (the load-balanced pick or fallback that served)",
        ("chat", "responses"),
        serving_model_named,
    ),
    SemanticCheck(
        "request_breakdown_agrees",
        "request_breakdown",
        "request_breakdown is there exactly when asked for, agrees with usage and names the model that served",
        ("chat", "responses"),
        request_breakdown_agrees,
    ),
)
