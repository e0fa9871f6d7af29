"""The semantic checks, request by request: one scenario per check (named as the check), whose small requests set
the check's parameter (each operation, JSON and streamed) and whose answers the check's own rule judges. The
property tests apply the same rules to every generated case; these requests make sure each rule judges something
on every run, and each finding's curl command is the request that shows it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from respan_contract._asks import FUNCTION, PERSON, WEATHER
from respan_contract._formats import PARAMS_HEADERS
from respan_contract._semantics import BY_NAME, SemanticCheck
from respan_contract._semantics._exchange import exchange_from_http
from respan_contract.scenarios._base import Scenario
from respan_contract.scenarios._session import Session

LOGPROBS = "message.output_text.logprobs"
PROMPT = "Write three sentences about the sea, in JSON."  # JSON mode needs the word in the conversation


@dataclass(frozen=True)
class Ask:
    kind: str  # "chat" or "responses"
    fields: Callable[[Session], dict[str, Any]]  # body fields besides the minimal body (from the profile)
    stream: bool = False
    drop: tuple[str, ...] = ()  # fields of the minimal body to leave out (an invalid request)
    headers: dict[str, Any] = field(default_factory=dict)  # Respan header name -> the object it encodes


def _fixed(**fields: Any) -> Callable[[Session], dict[str, Any]]:
    return lambda session: fields


def _both(fields: dict[str, Any], chat_only: bool = False, responses: dict[str, Any] | None = None) -> list[Ask]:
    """`fields` asked of each operation, as JSON and as a stream."""
    asks = [Ask("chat", _fixed(**fields)), Ask("chat", _fixed(**fields), stream=True)]
    if not chat_only:
        other = fields if responses is None else responses
        asks += [Ask("responses", _fixed(**other)), Ask("responses", _fixed(**other), stream=True)]
    return asks


def _chat_tools(choice: Any, strict: bool = False) -> dict[str, Any]:
    tool = {"type": "function", "function": {"name": FUNCTION, "parameters": WEATHER, "strict": strict}}
    return {"tools": [tool], "tool_choice": choice}


def _responses_tools(choice: Any, strict: bool = True) -> dict[str, Any]:
    tool = {"type": "function", "name": FUNCTION, "parameters": WEATHER, "strict": strict}
    return {"tools": [tool], "tool_choice": choice}


def _schema_format(strict: bool) -> tuple[dict[str, Any], dict[str, Any]]:
    person = {"name": "person", "schema": PERSON, "strict": strict}
    return {"response_format": {"type": "json_schema", "json_schema": person}}, {
        "text": {"format": {"type": "json_schema", **person}}
    }


def _routed(key: str) -> Callable[[Session], dict[str, Any]]:
    def fields(session: Session) -> dict[str, Any]:
        model = session.profile.alternate_model
        return {key: [{"model": model, "weight": 1}] if key == "load_balance_models" else [model]}

    return fields


_NAMED_CHAT = {"type": "function", "function": {"name": FUNCTION}}
_NAMED_RESPONSES = {"type": "function", "name": FUNCTION}
_CHAT_SCHEMA, _RESPONSES_SCHEMA = _schema_format(strict=False)
_CHAT_STRICT, _RESPONSES_STRICT = _schema_format(strict=True)

# check -> the requests that ask what it judges
PLANS: dict[str, list[Ask]] = {
    "usage_adds_up": [
        Ask("chat", _fixed()),
        Ask("chat", _fixed(stream_options={"include_usage": True}), stream=True),
        Ask("responses", _fixed()),
        Ask("responses", _fixed(), stream=True),
    ],
    "max_tokens_honoured": [
        *_both({"max_tokens": 3}, chat_only=True),
        Ask("chat", _fixed(max_completion_tokens=2)),
        Ask("responses", _fixed(max_output_tokens=3)),
        Ask("responses", _fixed(max_output_tokens=3, reasoning={"summary": "auto"}), stream=True),
    ],
    "stream_usage_chunk": [
        Ask("chat", _fixed(stream_options={"include_usage": True}), stream=True),
        Ask("chat", _fixed(stream_options={"include_usage": False}), stream=True),
    ],
    "n_choices": [Ask("chat", _fixed(n=3)), Ask("chat", _fixed(n=2), stream=True)],
    "stop_sequences_absent": [
        *_both({"stop": "."}, chat_only=True),
        Ask("chat", _fixed(stop=[" the", "e"])),
    ],
    "logprobs_as_asked": [
        *_both({"logprobs": True, "top_logprobs": 2}, responses={"include": [LOGPROBS], "top_logprobs": 2}),
        Ask("chat", _fixed(logprobs=False)),
        Ask("responses", _fixed(top_logprobs=2)),
    ],
    "json_object_honoured": _both(
        {"response_format": {"type": "json_object"}}, responses={"text": {"format": {"type": "json_object"}}}
    ),
    "json_schema_followed": _both(_CHAT_SCHEMA, responses=_RESPONSES_SCHEMA),
    "json_schema_strict_followed": _both(_CHAT_STRICT, responses=_RESPONSES_STRICT),
    "tool_choice_honoured": [
        Ask("chat", _fixed(**_chat_tools("required"))),
        Ask("chat", _fixed(**_chat_tools(_NAMED_CHAT)), stream=True),
        Ask("chat", _fixed(**_chat_tools("none"))),
        Ask("responses", _fixed(**_responses_tools("required"))),
        Ask("responses", _fixed(**_responses_tools(_NAMED_RESPONSES))),
        Ask("responses", _fixed(**_responses_tools("none")), stream=True),
    ],
    "tool_arguments_valid": [
        *_both(_chat_tools("required", strict=True), chat_only=True),
        Ask("responses", _fixed(**_responses_tools("required"))),
        Ask("responses", _fixed(**_responses_tools(_NAMED_RESPONSES)), stream=True),
    ],
    "serving_model_named": [
        Ask("chat", _routed("load_balance_models")),
        Ask("chat", _routed("models"), stream=True),
        Ask("responses", _routed("load_balance_models")),
        Ask("responses", _routed("load_balance_models"), stream=True),
    ],
    "request_breakdown_agrees": [
        *_both({"request_breakdown": True}),
        Ask("chat", _fixed(request_breakdown=True, stream_options={"include_usage": True}), stream=True),
        Ask("chat", _fixed(request_breakdown=False)),
    ],
    "error_param_resolves": [
        Ask("chat", _fixed(temperature=5)),
        Ask("chat", _fixed(messages=[{"role": "robot", "content": "Hi"}])),
        Ask("chat", _fixed(), drop=("model",)),
        Ask("responses", _fixed(max_output_tokens=0)),
        Ask("responses", _fixed(), headers={PARAMS_HEADERS[0]: {"cache_ttl": -1}}),
    ],
}
# Capabilities a check's requests need besides the operation's (its stream's, for streamed ones).
_NEEDS = {
    "serving_model_named": ("load_balancing",),
    "request_breakdown_agrees": ("request_breakdown",),
    "error_param_resolves": ("validation",),
    "stream_usage_chunk": ("chat_stream",),
}
_STREAMS = {"chat": "chat_stream", "responses": "responses_stream"}


def _runner(check: SemanticCheck) -> Callable[[Session], None]:
    def run(session: Session) -> None:
        judged = 0
        for ask in PLANS[check.name]:
            if ask.kind not in session.kinds() or (ask.stream and _STREAMS[ask.kind] not in session.capabilities):
                continue
            body = {**session.body(ask.kind, PROMPT), **ask.fields(session)}  # `text` is a Responses field
            for name in ask.drop:
                body.pop(name)
            if ask.stream:
                body["stream"] = True
            response = session.post(ask.kind, body, params_headers=ask.headers)
            title = f"{check.name}: {ask.kind}{' stream' if ask.stream else ''}"
            invalid = bool(ask.drop) or check.name == "error_param_resolves"
            if not invalid and not session.expect_status(response, 200, title):
                continue
            problems = check.rule(exchange_from_http(ask.kind, response, session.spec))
            if problems is None:
                continue
            judged += 1
            session.expect(
                not problems,
                f"{title}: {problems[0].detail}"[:200] if problems else title,
                response,
                check.message(problems),
            )
        if check.name != "error_param_resolves":  # an error may name no field: nothing to judge is no failure
            session.expect(judged > 0, f"{check.name}: no answer gave the check anything to judge")

    return run


def _needs(check: SemanticCheck) -> tuple[str, ...]:
    return ("chat" if "chat" in check.kinds else "responses", *_NEEDS.get(check.name, ()))


SCENARIOS = [Scenario(name, _needs(BY_NAME[name]), BY_NAME[name].summary, _runner(BY_NAME[name])) for name in PLANS]
NAMES = frozenset(PLANS)
