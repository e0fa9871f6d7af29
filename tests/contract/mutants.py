"""Deliberately broken variants of the mock gateway, each an ASGI wrapper around the real mock app that rewrites
requests or responses (whole bodies: the mock's streams are finite, so buffering them is safe)."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from respan_contract._formats import HeaderDecodeError, decode_params
from respan_contract._profile import PROFILES
from respan_mock import MockConfig, create_app
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
# (scope, content type, body) -> body
ResponseRewrite = Callable[[Scope, str, bytes], bytes]


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
        new_body = response(scope, content_type, b"".join(chunks))
        await send({**start, "headers": [*headers, (b"content-length", str(len(new_body)).encode())]})
        await send({"type": "http.response.body", "body": new_body})

    return wrapped


def _sse_rewrite(kind: str, rewrite: Callable[[list[str]], list[str]]) -> ResponseRewrite:
    """Rewrite the list of raw events of `kind` ("chat" or "responses") streams."""

    def apply(scope: Scope, content_type: str, body: bytes) -> bytes:
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


MUTANTS: dict[str, Callable[[], App]] = {
    "wrong merge order": wrong_merge_order,
    "legacy parameter names dropped": legacy_names_dropped,
    "chat stream without [DONE]": stream_without_done,
    "500 on a malformed header": server_error_on_malformed_header,
    "auth ignored": auth_ignored,
    "a chunk that violates its schema": chunk_violates_schema,
    "Responses stream out of order": responses_out_of_order,
}
