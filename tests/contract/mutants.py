"""Deliberately broken variants of the mock gateway, each an ASGI wrapper around the real mock app that rewrites
requests or responses (whole bodies: the mock's streams are finite, so buffering them is safe)."""

from __future__ import annotations

import functools
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import jsonschema_rs
from respan_contract._formats import HeaderDecodeError, decode_params
from respan_contract._profile import PROFILES
from respan_mock import MockConfig, create_app
from respan_spec import load_spec
from starlette.middleware.errors import ServerErrorMiddleware

CONFIG = PROFILES / "respan-mock.config.yaml"
API_KEY = "contract-key"

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]
# (scope, body) -> (scope, body) or a (status, body) answer sent instead of calling the mock
RequestRewrite = Callable[[Scope, bytes], tuple[Scope, bytes] | tuple[int, bytes]]
# (scope, request body, content type, response body) -> response body
ResponseRewrite = Callable[[Scope, bytes, str, bytes], bytes]


def mock_app() -> App:
    app: App = create_app(MockConfig.from_file(CONFIG))
    return app


def _header(scope: Scope, name: str) -> str | None:
    for key, value in scope["headers"]:
        if key.decode("latin-1").lower() == name.lower():
            return str(value.decode("latin-1"))
    return None


def _with_header(scope: Scope, name: str, value: str) -> Scope:
    headers = [(k, v) for k, v in scope["headers"] if k.decode("latin-1").lower() != name.lower()]
    return {**scope, "headers": [*headers, (name.lower().encode(), value.encode())]}


def mutant(app: App, request: RequestRewrite | None = None, response: ResponseRewrite | None = None) -> App:
    """`app` with requests and/or responses rewritten."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        if request is not None:
            rewritten = request(scope, body)
            if isinstance(rewritten[0], int):
                status, answer = rewritten
                await send(
                    {"type": "http.response.start", "status": status, "headers": [(b"content-type", b"text/plain")]}
                )
                await send({"type": "http.response.body", "body": answer})
                return
            scope, body = rewritten

        replayed = False

        async def replay() -> Message:
            # The body once; after that the real channel, which reports the client's disconnect.
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        if response is None:
            await app(scope, replay, send)
            return
        start: Message = {}
        chunks: list[bytes] = []

        async def buffer(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await app(scope, replay, buffer)
        headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
        content_type = dict(headers).get(b"content-type", b"").decode()
        new_body = response(scope, body, content_type, b"".join(chunks))
        await send({**start, "headers": [*headers, (b"content-length", str(len(new_body)).encode())]})
        await send({"type": "http.response.body", "body": new_body})

    return wrapped


def _sse_rewrite(kind: str, rewrite: Callable[[list[str]], list[str]]) -> ResponseRewrite:
    """Rewrite the list of raw events of `kind` ("chat" or "responses") streams."""

    def apply(scope: Scope, request: bytes, content_type: str, body: bytes) -> bytes:
        if not content_type.startswith("text/event-stream") or not scope["path"].endswith(
            "/chat/completions" if kind == "chat" else "/responses"
        ):
            return body
        events = [event for event in body.decode().split("\n\n") if event.strip()]
        return "".join(event + "\n\n" for event in rewrite(events)).encode()

    return apply


def wrong_merge_order() -> App:
    """The header wins over the body: its parameters are copied over the top-level fields."""

    def request(scope: Scope, body: bytes) -> tuple[Scope, bytes]:
        header = _header(scope, "X-Data-Respan-Params")
        if header is None:
            return scope, body
        try:
            params, parsed = decode_params(header), json.loads(body)
        except (HeaderDecodeError, ValueError):
            return scope, body
        return scope, json.dumps({**parsed, **params}).encode()

    return mutant(mock_app(), request=request)


def legacy_names_dropped() -> App:
    """A gateway that never learnt the Keywords AI names: `keywordsai_params` and X-Data-Keywordsai-Params are lost."""

    def request(scope: Scope, body: bytes) -> tuple[Scope, bytes]:
        headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"x-data-keywordsai-params"]
        try:
            parsed = json.loads(body)
        except ValueError:
            return {**scope, "headers": headers}, body
        if isinstance(parsed, dict):
            parsed.pop("keywordsai_params", None)
        return {**scope, "headers": headers}, json.dumps(parsed).encode()

    return mutant(mock_app(), request=request)


def stream_without_done(app: App | None = None) -> App:
    without_done = _sse_rewrite("chat", lambda events: [e for e in events if e != "data: [DONE]"])
    return mutant(app or mock_app(), response=without_done)


def server_error_on_malformed_header() -> App:
    def request(scope: Scope, body: bytes) -> tuple[Scope, bytes] | tuple[int, bytes]:
        header = _header(scope, "X-Data-Respan-Params")
        if header is not None:
            try:
                decode_params(header)
            except HeaderDecodeError:
                return 500, b"Internal Server Error"
        return scope, body

    return mutant(mock_app(), request=request)


def auth_ignored() -> App:
    """Any request is let through: the valid key is put in place of whatever was sent."""
    return mutant(
        mock_app(), request=lambda scope, body: (_with_header(scope, "Authorization", f"Bearer {API_KEY}"), body)
    )


def auth_crashes() -> App:
    """A request without a key raises inside the app, as LiteLLM proxy's auth does without its database extras:
    Starlette's ServerErrorMiddleware answers 500 and re-raises, so uvicorn then closes the kept-alive connection."""
    inner = mock_app()

    async def crashing(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and _header(scope, "Authorization") is None:
            raise RuntimeError("the key lookup crashed")
        await inner(scope, receive, send)

    return ServerErrorMiddleware(crashing)


def chunk_violates_schema() -> App:
    def rewrite(events: list[str]) -> list[str]:
        return [e.replace('"object":"chat.completion.chunk"', '"object":"chat.chunk"') for e in events]

    return mutant(mock_app(), response=_sse_rewrite("chat", rewrite))


def responses_out_of_order() -> App:
    """response.in_progress before response.created (each keeps its own sequence_number)."""

    def rewrite(events: list[str]) -> list[str]:
        return [events[1], events[0], *events[2:]] if len(events) > 1 else events

    return mutant(mock_app(), response=_sse_rewrite("responses", rewrite))


def _hosted_events(rewrite: Callable[[list[str]], list[str]]) -> Callable[[list[str]], list[str]]:
    """Apply `rewrite` to the events of a web search call (those between its output_item.added and .done)."""

    def apply(events: list[str]) -> list[str]:
        searched = [index for index, event in enumerate(events) if "response.web_search_call." in event]
        if not searched:
            return events
        first, last = searched[0], searched[-1] + 1
        return [*events[:first], *rewrite(events[first:last]), *events[last:]]

    return apply


def hosted_events_garbled() -> App:
    """A gateway that passes hosted-tool events through out of order: a web search completes before it searches."""
    swapped = _hosted_events(
        lambda events: [events[0], events[2], events[1], *events[3:]] if len(events) > 2 else events
    )

    def rewrite(events: list[str]) -> list[str]:
        reordered = swapped(events)
        # each event keeps the sequence_number of its new place, so only the order within the item is wrong
        return [
            event.replace(f'"sequence_number":{_sequence(old)}', f'"sequence_number":{_sequence(new)}')
            for event, old, new in zip(reordered, reordered, events, strict=True)
        ]

    return mutant(mock_app(), response=_sse_rewrite("responses", rewrite))


def hosted_event_incomplete() -> App:
    """A gateway that drops `item_id` from the hosted tools' events."""

    def rewrite(events: list[str]) -> list[str]:
        return [
            event.replace('"item_id"', '"_item_id"') if "response.web_search_call." in event else event
            for event in events
        ]

    return mutant(mock_app(), response=_sse_rewrite("responses", rewrite))


def _sequence(event: str) -> int:
    data = json.loads(event.split("data: ", 1)[1])
    return int(data["sequence_number"])


# --- Gateways that answer in the right shape but ignore what the request asks (the semantic checks' mutants) ---


@functools.cache
def _request_validator(kind: str) -> jsonschema_rs.Validator:
    component = "CreateChatCompletionRequest" if kind == "chat" else "CreateResponseRequest"
    return jsonschema_rs.Draft202012Validator(
        {"components": load_spec()["components"], "$ref": f"#/components/schemas/{component}"}
    )


def _body_rewrite(rewrite: Callable[[str, dict[str, Any]], None]) -> RequestRewrite:
    """Rewrite the JSON body of valid requests to an operation ("chat" or "responses") in place: the gateway
    validates the request as the spec says, then ignores part of it (an invalid one still gets its 400)."""

    def apply(scope: Scope, body: bytes) -> tuple[Scope, bytes]:
        kind = "chat" if scope["path"].endswith("/chat/completions") else "responses"
        try:
            parsed = json.loads(body)
        except ValueError:
            return scope, body
        if not isinstance(parsed, dict) or not _request_validator(kind).is_valid(parsed):
            return scope, body
        rewrite(kind, parsed)
        return scope, json.dumps(parsed).encode()

    return apply


def _answer_rewrite(rewrite: Callable[[dict[str, Any], dict[str, Any]], None]) -> ResponseRewrite:
    """Rewrite each JSON object of an answer in place, given the request: the body of a JSON answer, each chunk or
    event of a stream."""

    def apply(scope: Scope, request: bytes, content_type: str, body: bytes) -> bytes:
        try:
            sent = json.loads(request)
        except ValueError:
            return body
        sent = sent if isinstance(sent, dict) else {}
        if content_type.startswith("application/json"):
            answer = json.loads(body)
            if isinstance(answer, dict):
                rewrite(sent, answer)
            return json.dumps(answer).encode()
        if not content_type.startswith("text/event-stream"):
            return body
        events = []
        for event in body.decode().split("\n\n"):
            lines = event.split("\n")
            if lines[-1].startswith("data: {"):
                data = json.loads(lines[-1].removeprefix("data: "))
                rewrite(sent, data)
                lines[-1] = "data: " + json.dumps(data)
            events.append("\n".join(lines))
        return "\n\n".join(events).encode()

    return apply


def _without(*names: str) -> Callable[[str, dict[str, Any]], None]:
    def drop(kind: str, body: dict[str, Any]) -> None:
        for name in names:
            body.pop(name, None)

    return drop


def n_ignored() -> App:
    """One choice whatever `n` asks for."""
    return mutant(mock_app(), request=_body_rewrite(_without("n")))


def usage_miscounted() -> App:
    """`usage.total_tokens` off by one, in JSON answers and streams alike (what a customer is billed by)."""

    def rewrite(sent: dict[str, Any], answer: dict[str, Any]) -> None:
        for holder in (answer, answer.get("response")):
            if isinstance(holder, dict) and isinstance(holder.get("usage"), dict):
                holder["usage"]["total_tokens"] += 1

    return mutant(mock_app(), response=_answer_rewrite(rewrite))


def max_tokens_exceeded() -> App:
    """The length limits never reach the model."""
    return mutant(
        mock_app(), request=_body_rewrite(_without("max_tokens", "max_completion_tokens", "max_output_tokens"))
    )


def stop_ignored() -> App:
    """Stop sequences never reach the model, so the text runs on through them."""
    return mutant(mock_app(), request=_body_rewrite(_without("stop")))


def logprobs_missing() -> App:
    """Log probabilities are never asked of the model."""

    def drop(kind: str, body: dict[str, Any]) -> None:
        body.pop("logprobs", None)
        if isinstance(body.get("include"), list):
            body["include"] = [item for item in body["include"] if item != "message.output_text.logprobs"]

    return mutant(mock_app(), request=_body_rewrite(drop))


def _format_rewrite(old: str, new: dict[str, Any] | None) -> Callable[[str, dict[str, Any]], None]:
    """The output format of type `old` replaced by `new` (None: dropped)."""

    def rewrite(kind: str, body: dict[str, Any]) -> None:
        holder = body if kind == "chat" else body.get("text")
        key = "response_format" if kind == "chat" else "format"
        if isinstance(holder, dict) and isinstance(holder.get(key), dict) and holder[key].get("type") == old:
            if new is None:
                del holder[key]
            else:
                holder[key] = new

    return rewrite


def json_mode_ignored() -> App:
    """JSON mode never reaches the model: it answers in prose."""
    return mutant(mock_app(), request=_body_rewrite(_format_rewrite("json_object", None)))


def json_schema_violated() -> App:
    """Structured output degraded to JSON mode: a JSON object, but not the one the schema describes."""
    return mutant(mock_app(), request=_body_rewrite(_format_rewrite("json_schema", {"type": "json_object"})))


def required_tool_not_called() -> App:
    """`tool_choice` `required` or a named function is dropped to `none`."""

    def rewrite(kind: str, body: dict[str, Any]) -> None:
        if body.get("tool_choice") == "required" or isinstance(body.get("tool_choice"), dict):
            body["tool_choice"] = "none"

    return mutant(mock_app(), request=_body_rewrite(rewrite))


def tool_arguments_off_schema() -> App:
    """Function calls whose arguments are JSON, but not what the function's parameters allow."""
    arguments = json.dumps({"city": 42})

    def rewrite(sent: dict[str, Any], answer: dict[str, Any]) -> None:
        for choice in answer.get("choices") or []:
            for call in (choice.get("message") or {}).get("tool_calls") or []:
                call["function"]["arguments"] = arguments
            for call in (choice.get("delta") or {}).get("tool_calls") or []:
                # a stream: the call's opening delta carries the whole arguments, the later deltas none
                call["function"]["arguments"] = arguments if "id" in call else ""
        for item in answer.get("output") or []:
            if item.get("type") == "function_call":
                item["arguments"] = arguments

    return mutant(mock_app(), response=_answer_rewrite(rewrite))


def usage_chunk_missing() -> App:
    """`stream_options.include_usage` gets no usage chunk."""

    def rewrite(events: list[str]) -> list[str]:
        return [event for event in events if '"choices":[],"usage":{' not in event]

    return mutant(mock_app(), response=_sse_rewrite("chat", rewrite))


def _holder(answer: dict[str, Any]) -> dict[str, Any]:
    """The answer object itself, or the Response a Responses stream event carries."""
    response = answer.get("response")
    return response if isinstance(response, dict) else answer


def serving_model_hidden() -> App:
    """The answer names the requested model, not the load-balanced pick or fallback that served."""

    def rewrite(sent: dict[str, Any], answer: dict[str, Any]) -> None:
        holder = _holder(answer)
        if "model" in holder and isinstance(sent.get("model"), str):
            holder["model"] = sent["model"]

    return mutant(mock_app(), response=_answer_rewrite(rewrite))


def breakdown_disagrees() -> App:
    """`request_breakdown` counts one completion token more than `usage`."""

    def rewrite(sent: dict[str, Any], answer: dict[str, Any]) -> None:
        holder = _holder(answer)
        if isinstance(holder.get("request_breakdown"), dict):
            holder["request_breakdown"]["completion_tokens"] += 1

    return mutant(mock_app(), response=_answer_rewrite(rewrite))


def dangling_error_pointer() -> App:
    """Errors point at a field the request does not have."""

    def rewrite(sent: dict[str, Any], answer: dict[str, Any]) -> None:
        error = answer.get("error")
        if isinstance(error, dict) and isinstance(error.get("param"), str) and error["param"].startswith("/"):
            error["param"] = "/no_such_field" + error["param"]

    return mutant(mock_app(), response=_answer_rewrite(rewrite))


# Each semantic check and the broken gateway it must catch.
SEMANTIC_MUTANTS: dict[str, Callable[[], App]] = {
    "n_choices": n_ignored,
    "usage_adds_up": usage_miscounted,
    "max_tokens_honoured": max_tokens_exceeded,
    "stop_sequences_absent": stop_ignored,
    "logprobs_as_asked": logprobs_missing,
    "json_object_honoured": json_mode_ignored,
    "json_schema_followed": json_schema_violated,
    "json_schema_strict_followed": json_schema_violated,
    "tool_choice_honoured": required_tool_not_called,
    "tool_arguments_valid": tool_arguments_off_schema,
    "stream_usage_chunk": usage_chunk_missing,
    "serving_model_named": serving_model_hidden,
    "request_breakdown_agrees": breakdown_disagrees,
    "error_param_resolves": dangling_error_pointer,
}

MUTANTS: dict[str, Callable[[], App]] = {
    "wrong merge order": wrong_merge_order,
    "legacy parameter names dropped": legacy_names_dropped,
    "chat stream without [DONE]": stream_without_done,
    "500 on a malformed header": server_error_on_malformed_header,
    "auth ignored": auth_ignored,
    "a chunk that violates its schema": chunk_violates_schema,
    "Responses stream out of order": responses_out_of_order,
    "hosted-tool events out of order": hosted_events_garbled,
    "hosted-tool events without item_id": hosted_event_incomplete,
}
