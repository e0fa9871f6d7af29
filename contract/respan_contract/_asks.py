"""What valid generated cases ask a gateway to do, so that the semantic checks have something to judge. Left to
chance, a generated body rarely sets `n`, `stop`, `logprobs`, a JSON output format or a forced tool choice (few
of the hundreds of valid cases per run did), and the values it draws (a stop sequence of random characters, a
schema of random keys) rarely make a difference a check could see. Half of the valid cases therefore get one to
three asks from the operation's menu below (replacing what the body drew for those fields), with values that make a
difference: stop sequences found in ordinary English, small length limits, a schema with required properties, a
function the answer must or must not call, routing to a model other than `model`. Every value is valid against the
spec, so the case stays valid, and each is drawn by Hypothesis, so a failing case shrinks."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

# A strict-compatible schema (every property required, no others) that a structured answer must follow.
PERSON = {
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "age": {"type": "integer", "minimum": 0, "maximum": 150},
        "tags": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["name", "age", "tags"],
    "additionalProperties": False,
}
WEATHER = {
    "type": "object",
    "properties": {"city": {"type": "string"}, "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}},
    "required": ["city", "unit"],
    "additionalProperties": False,
}
FUNCTION = "get_weather"
# Text ordinary answers contain, so that a stop sequence matters.
_STOPS = (".", " the", "e", " a", ",")
_MODELS = ("gpt-4o", "gpt-4o-mini", "claude-3-5-sonnet-20241022")

_limit = st.integers(min_value=1, max_value=24)
_stop = st.sampled_from(_STOPS) | st.lists(st.sampled_from(_STOPS), min_size=1, max_size=4, unique=True)
_strict = st.sampled_from([True, False])
_routing = st.one_of(
    st.fixed_dictionaries(
        {
            "load_balance_models": st.lists(st.sampled_from(_MODELS), min_size=1, max_size=2, unique=True).map(
                lambda models: [{"model": model, "weight": 1} for model in models]
            )
        }
    ),
    st.fixed_dictionaries({"fallback_models": st.lists(st.sampled_from(_MODELS), min_size=1, max_size=2)}),
    st.fixed_dictionaries({"models": st.lists(st.sampled_from(_MODELS), min_size=1, max_size=2, unique=True)}),
)


def _chat_tools(strict: bool, choice: str) -> dict[str, Any]:
    tools = [{"type": "function", "function": {"name": FUNCTION, "parameters": WEATHER, "strict": strict}}]
    named = {"type": "function", "function": {"name": FUNCTION}}
    return {"tools": tools, "tool_choice": named if choice == "named" else choice}


def _responses_tools(strict: bool, choice: str) -> dict[str, Any]:
    tools = [{"type": "function", "name": FUNCTION, "parameters": WEATHER, "strict": strict}]
    return {"tools": tools, "tool_choice": {"type": "function", "name": FUNCTION} if choice == "named" else choice}


def _person(strict: bool) -> dict[str, Any]:
    return {"name": "person", "schema": PERSON, "strict": strict}


_CHOICES = st.sampled_from(["required", "none", "auto", "named"])

CHAT: tuple[st.SearchStrategy[dict[str, Any]], ...] = (
    st.fixed_dictionaries({"n": st.integers(min_value=1, max_value=4)}),
    st.fixed_dictionaries({"max_tokens": _limit}),
    st.fixed_dictionaries({"max_completion_tokens": _limit}),
    st.fixed_dictionaries({"stop": _stop}),
    st.fixed_dictionaries({"logprobs": st.booleans(), "top_logprobs": st.integers(min_value=0, max_value=5)}),
    st.just({"response_format": {"type": "json_object"}}),
    _strict.map(
        lambda strict: {
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "person", "schema": PERSON, "strict": strict},
            }
        }
    ),
    st.builds(_chat_tools, _strict, _CHOICES),
    st.booleans().map(lambda include: {"stream": True, "stream_options": {"include_usage": include}}),
    st.fixed_dictionaries({"request_breakdown": st.booleans()}),
    _routing,
)
RESPONSES: tuple[st.SearchStrategy[dict[str, Any]], ...] = (
    st.fixed_dictionaries({"max_output_tokens": _limit}),
    st.fixed_dictionaries(
        {"include": st.just(["message.output_text.logprobs"]), "top_logprobs": st.integers(min_value=0, max_value=5)}
    ),
    st.just({"text": {"format": {"type": "json_object"}}}),
    _strict.map(
        lambda strict: {
            "text": {"format": {"type": "json_schema", "name": "person", "schema": PERSON, "strict": strict}}
        }
    ),
    st.builds(_responses_tools, _strict, _CHOICES),
    st.just({"reasoning": {"summary": "auto"}}),
    st.fixed_dictionaries({"request_breakdown": st.booleans()}),
    _routing,
)


def asks(kind: str, body: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """`body` with one to three asks of operation `kind` ("chat" or "responses")."""
    menu = CHAT if kind == "chat" else RESPONSES
    chosen = st.lists(st.sampled_from(range(len(menu))), min_size=1, max_size=3, unique=True)
    return chosen.flatmap(lambda picks: st.tuples(*(menu[pick] for pick in picks))).map(
        lambda drawn: _merged(body, drawn)
    )


def _merged(body: dict[str, Any], drawn: tuple[dict[str, Any], ...]) -> dict[str, Any]:
    merged = dict(body)
    for ask in drawn:
        merged.update(ask)
    return merged
