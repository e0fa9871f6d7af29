"""Custom Schemathesis checks of the gateway contract, registered on import. Each applies to a 200 event stream of
one of the gateway operations (or, for `error_param_is_pointer`, to an error body) and passes anything else.

- `stream_events_conform`: every server-sent event is valid against its event schema (all of them, not only the
  first `max-stream-events`); a Responses event's SSE `event` field repeats its `type`.
- `chat_stream_terminated`: a chat stream ends with exactly one `data: [DONE]`, with one completion id throughout
  and one finish_reason per choice.
- `responses_stream_ordered`: Responses events arrive in the documented order with `sequence_number` 0, 1, 2, ...
- `error_param_is_pointer`: an error's `param` is null or a JSON pointer (`/temperature`, `/headers/...`).

The semantic checks (`respan_contract._semantics`: a gateway does what the request asks) are registered here too.
Schemathesis' convention: a check returns True when it does not apply (skipped, not counted as passed) and None when
it passed.
"""

from __future__ import annotations

import threading
from typing import Any

import schemathesis
from schemathesis import Case, CheckContext
from schemathesis.core.transport import Response

from respan_contract import _semantics
from respan_contract._operations import KINDS
from respan_contract._sse import ServerSentEvent, parse_events
from respan_contract._streams import (
    SchemaValidators,
    chat_framing_problems,
    event_schema_problems,
    responses_order_problems,
)

_lock = threading.Lock()
# Validators per loaded spec document (keyed by identity; the document is kept so the key stays valid).
_validators: dict[int, tuple[Any, SchemaValidators]] = {}


def _validators_for(case: Case[Any]) -> SchemaValidators:
    raw = case.operation.schema.raw_schema
    with _lock:
        entry = _validators.get(id(raw))
        if entry is None or entry[0] is not raw:
            entry = _validators[id(raw)] = (raw, SchemaValidators(raw))
    return entry[1]


def _kind(case: Case[Any]) -> str | None:
    return KINDS.get(str(case.operation.definition.raw.get("operationId")))


def _stream(response: Response, case: Case[Any]) -> tuple[str, list[ServerSentEvent]] | None:
    """(kind, events) when `response` is a 200 event stream of a gateway operation."""
    kind = _kind(case)
    content_type = response.headers.get("content-type", [""])[0]
    if kind is None or response.status_code != 200 or not content_type.startswith("text/event-stream"):
        return None
    return kind, parse_events(response.content)


def _fail(summary: str, problems: list[str]) -> None:
    if problems:
        shown = "\n".join(f"- {problem}" for problem in problems[:10])
        more = f"\n- ... and {len(problems) - 10} more" if len(problems) > 10 else ""
        raise AssertionError(f"{summary}:\n{shown}{more}")


@schemathesis.check
def stream_events_conform(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    stream = _stream(response, case)
    if stream is None:
        return True
    kind, events = stream
    _fail("Stream events violate their schema", event_schema_problems(kind, events, _validators_for(case)))
    return None


@schemathesis.check
def chat_stream_terminated(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    stream = _stream(response, case)
    if stream is None or stream[0] != "chat":
        return True
    body = case.body if isinstance(case.body, dict) else {}
    options = body.get("stream_options")
    include_usage = isinstance(options, dict) and options.get("include_usage") is True
    complete = not response.stream_cut_short
    problems = chat_framing_problems(stream[1], complete=complete, include_usage=include_usage)
    _fail("Chat stream is not framed as documented", problems)
    return None


@schemathesis.check
def responses_stream_ordered(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    stream = _stream(response, case)
    if stream is None or stream[0] != "responses":
        return True
    problems = responses_order_problems(stream[1], complete=not response.stream_cut_short)
    _fail("Responses stream events are out of the documented order", problems)
    return None


@schemathesis.check
def error_param_is_pointer(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    if _kind(case) is None or response.status_code < 400:
        return True
    try:
        body = response.json()
    except ValueError:
        return True  # the body's media type and schema are the default checks' business
    error = body.get("error") if isinstance(body, dict) else None
    param = error.get("param") if isinstance(error, dict) else None
    if param is not None and not (isinstance(param, str) and (param == "" or param.startswith("/"))):
        raise AssertionError(f"error.param must be null or a JSON pointer (`/temperature`); got {param!r}")
    return None


CHECKS = (stream_events_conform, chat_stream_terminated, responses_stream_ordered, error_param_is_pointer)
CHECK_NAMES = tuple(check.__name__ for check in CHECKS)
SEMANTIC_CHECKS = _semantics.register()
SEMANTIC_CHECK_NAMES = tuple(check.__name__ for check in SEMANTIC_CHECKS)
