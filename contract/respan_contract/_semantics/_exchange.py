"""One request and its answer as the semantic checks see them: the request exactly as it was sent (body, headers,
the Respan parameters merged in the documented order) and the answer as one object, whether it came as JSON or as a
stream (a chat stream is assembled into the ChatCompletion it stands for; a Responses stream's answer is the
Response of its final event)."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from respan_contract._formats import PARAMS_HEADERS, HeaderDecodeError, decode_params
from respan_contract._operations import KINDS, operations
from respan_contract._semantics._values import as_dict
from respan_contract._sse import parse_events

DONE = "[DONE]"
# Where Respan parameters may be sent, first wins: top level > respan_params > keywordsai_params > the headers.
_CONTAINERS = ("respan_params", "keywordsai_params")


@dataclass
class StreamChoice:
    """One choice of a chat stream, put together from its deltas."""

    content: str = ""
    content_deltas: int = 0  # deltas that carried text (each holds at least one token)
    tool_calls: dict[int, dict[str, str]] = field(default_factory=dict)  # index -> {name, arguments}
    argument_deltas: int = 0
    finishes: list[str] = field(default_factory=list)
    logprobs: list[Any] | None = None  # the entries of every delta's `logprobs.content`; None: no delta had any


@dataclass
class ChatStream:
    """What a chat stream held: its JSON chunks in order and its choices assembled per index."""

    chunks: list[dict[str, Any]]
    choices: dict[int, StreamChoice]

    def usage_chunks(self) -> list[int]:
        """Positions of the chunks whose `usage` is not null."""
        return [index for index, chunk in enumerate(self.chunks) if chunk.get("usage") is not None]


@dataclass
class Exchange:
    """A gateway operation (`kind` "chat" or "responses") called with `body` and answered with `status`.

    `answer` is the ChatCompletion or Response (None when the answer is an error, not JSON, or a stream that was
    cut short or ended in an error); `stream` is set for a chat stream, `events` for a Responses stream."""

    kind: str
    status: int
    body: Any  # the JSON the request sent (None: no body, or not JSON)
    headers: dict[str, str]  # the request's headers, names in lower case
    query: dict[str, list[str]]
    answer: dict[str, Any] | None = None
    error: dict[str, Any] | None = None  # the `error` object of an error answer
    streamed: bool = False
    stream: ChatStream | None = None
    events: list[dict[str, Any]] = field(default_factory=list)
    spec: Mapping[str, Any] = field(default_factory=dict)  # the spec, and the operation's request body schema in it
    request_schema: Any = None
    answer_headers: dict[str, str] = field(default_factory=dict)  # names in lower case
    _decoded: dict[str, dict[str, Any] | None] = field(default_factory=dict, repr=False)  # Respan headers, decoded

    def field(self, name: str) -> Any:
        """A top-level field of the request body (None when absent or the body is not an object)."""
        return self.body.get(name) if isinstance(self.body, dict) else None

    def has(self, name: str) -> bool:
        """Whether the request sets top-level field `name` (sent as null, it is left out: OpenAI reads it so)."""
        return isinstance(self.body, dict) and self.body.get(name) is not None

    def respan(self, name: str) -> tuple[Any, str] | None:
        """The value of Respan parameter `name` as the gateway must merge it, and the pointer of where it was
        sent (`/request_breakdown`, `/respan_params/request_breakdown`, `/headers/X-Data-Respan-Params/...`)."""
        if isinstance(self.body, dict):
            if name in self.body:
                return self.body[name], f"/{name}"
            for container in _CONTAINERS:
                nested = self.body.get(container)
                if isinstance(nested, dict) and name in nested:
                    return nested[name], f"/{container}/{name}"
        for header in PARAMS_HEADERS:
            params = self.header_params(header)
            if params is not None and name in params:
                return params[name], f"/headers/{header}/{name}"
        return None

    def header_params(self, header: str) -> dict[str, Any] | None:
        """The object a base64-JSON Respan header carries (None: not sent, or not such an object)."""
        name = header.lower()
        if name not in self._decoded:
            value = self.headers.get(name)
            try:
                self._decoded[name] = decode_params(value) if value is not None else None
            except HeaderDecodeError:
                self._decoded[name] = None
        return self._decoded[name]

    def answer_field(self, pointer: str) -> str:
        """How a finding names a field of the answer: its pointer, saying when the answer was streamed."""
        if not self.streamed:
            return pointer
        return f"{pointer} (assembled from the stream)" if self.kind == "chat" else f"{pointer} (of the final event)"

    @property
    def maybe_cached(self) -> bool:
        """Whether the answer may come from the cache, made for another request (with `is_cached_by_model` off, a
        request for another model with the same content is a hit): asked for, and not marked a miss."""
        found = self.respan("cache_enabled")
        return found is not None and found[0] is True and self.answer_headers.get("x-respan-cache") != "miss"

    @property
    def prompt_may_override(self) -> bool:
        """Whether a stored prompt's parameters may replace what the request set (`prompt.override`, or
        `schema_version: 2`), so that the request's own parameters cannot be held against the answer."""
        found = self.respan("prompt")
        if found is None or not isinstance(found[0], dict):
            return False
        prompt = found[0]
        return prompt.get("override") is True or prompt.get("schema_version") == 2


class _Memo:
    """The exchange of the response being checked, built once for all the checks that judge it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entry: tuple[Any, Exchange] | None = None

    def get(self, response: Any, build: Callable[[], Exchange]) -> Exchange:
        with self._lock:
            if self._entry is not None and self._entry[0] is response:
                return self._entry[1]
        exchange = build()
        with self._lock:
            self._entry = (response, exchange)
        return exchange


_memo = _Memo()


def exchange_for(case: Any, response: Any) -> Exchange | None:
    """The exchange of a Schemathesis `case` and its `response`; None when the case is not of a gateway operation
    or nothing was sent."""
    kind = KINDS.get(str(case.operation.definition.raw.get("operationId")))
    if kind is None or response is None or response.request is None:
        return None
    spec = case.operation.schema.raw_schema

    def build() -> Exchange:
        request = response.request
        exchange = _request(kind, request.body, request.headers or {}, str(request.url or ""), spec)
        exchange.request_schema = _body_schema(case.operation.definition.raw)
        exchange.answer_headers = {name: values[0] for name, values in response.headers.items() if values}
        content_type = exchange.answer_headers.get("content-type", "")
        _read_answer(exchange, response.status_code, content_type, response.content or b"", response.stream_cut_short)
        return exchange

    return _memo.get(response, build)


def exchange_from_http(kind: str, response: httpx.Response, spec: Mapping[str, Any]) -> Exchange:
    """The exchange of an httpx `response` (read whole) to a request of operation `kind` of `spec`."""
    request = response.request
    exchange = _request(kind, request.content, request.headers, str(request.url), spec)
    schemas = [_body_schema(operation) for found, _, operation in operations(spec) if found == kind]
    exchange.request_schema = schemas[0] if schemas else None
    exchange.answer_headers = {name.lower(): value for name, value in response.headers.items()}
    _read_answer(exchange, response.status_code, response.headers.get("content-type", ""), response.content, False)
    return exchange


def _body_schema(operation: Mapping[str, Any]) -> Any:
    return operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")


def _request(kind: str, body: Any, headers: Mapping[str, str], url: str, spec: Mapping[str, Any]) -> Exchange:
    return Exchange(
        kind=kind,
        status=0,
        body=_sent_body(body),
        headers={str(name).lower(): str(value) for name, value in headers.items()},
        query=parse_qs(urlsplit(url).query, keep_blank_values=True),
        spec=spec,
    )


def _read_answer(exchange: Exchange, status: int, content_type: str, content: bytes, cut_short: bool) -> None:
    exchange.status = status
    if content_type.startswith("text/event-stream"):
        exchange.streamed = True
        if status == 200 and not cut_short:
            _read_stream(exchange, content)
        return
    try:
        data = json.loads(content)
    except ValueError:
        return
    if not isinstance(data, dict):
        return
    if status == 200:
        exchange.answer = data
    elif isinstance(data.get("error"), dict):
        exchange.error = data["error"]


def _sent_body(raw: Any) -> Any:
    """The JSON the request carried (None: no body, or one that is not JSON)."""
    if not raw:
        return None
    try:
        return json.loads(raw)
    except (ValueError, TypeError):
        return None


def _read_stream(exchange: Exchange, content: bytes) -> None:
    datas = []
    for event in parse_events(content):
        if event.data == DONE:
            datas.append(DONE)
            continue
        try:
            datas.append(json.loads(event.data))
        except ValueError:
            return  # a stream the shape checks reject: nothing to judge
    if exchange.kind == "chat":
        _read_chat(exchange, datas)
    else:
        _read_responses(exchange, datas)


def _read_chat(exchange: Exchange, datas: list[Any]) -> None:
    if not datas or datas[-1] != DONE or datas.count(DONE) != 1:
        return
    chunks = [data for data in datas[:-1] if isinstance(data, dict)]
    if len(chunks) != len(datas) - 1 or any("error" in chunk for chunk in chunks):
        return
    stream = ChatStream(chunks=chunks, choices={})
    for chunk in chunks:
        for choice in chunk.get("choices") or []:
            if isinstance(choice, dict) and isinstance(choice.get("index"), int):
                _add_delta(stream.choices.setdefault(choice["index"], StreamChoice()), choice)
    exchange.stream = stream
    exchange.answer = _completion(chunks, stream)


def _add_delta(target: StreamChoice, choice: dict[str, Any]) -> None:
    delta = as_dict(choice.get("delta"))
    text = delta.get("content")
    if isinstance(text, str) and text:
        target.content += text
        target.content_deltas += 1
    for call in delta.get("tool_calls") or []:
        if not isinstance(call, dict):
            continue
        merged = target.tool_calls.setdefault(call.get("index", 0), {"name": "", "arguments": ""})
        function = as_dict(call.get("function"))
        if isinstance(function.get("name"), str):
            merged["name"] += function["name"]
        if isinstance(function.get("arguments"), str) and function["arguments"]:
            merged["arguments"] += function["arguments"]
            target.argument_deltas += 1
    if choice.get("finish_reason") is not None:
        target.finishes.append(str(choice["finish_reason"]))
    logprobs = choice.get("logprobs")
    if isinstance(logprobs, dict) and isinstance(logprobs.get("content"), list):
        target.logprobs = (target.logprobs or []) + logprobs["content"]


def _completion(chunks: list[dict[str, Any]], stream: ChatStream) -> dict[str, Any]:
    """The ChatCompletion a chat stream stands for."""
    choices = []
    for index in sorted(stream.choices):
        assembled = stream.choices[index]
        message: dict[str, Any] = {"role": "assistant", "content": assembled.content or None}
        if assembled.tool_calls:
            message["tool_calls"] = [
                {"type": "function", "function": call} for _, call in sorted(assembled.tool_calls.items())
            ]
        choices.append(
            {
                "index": index,
                "message": message,
                "logprobs": None if assembled.logprobs is None else {"content": assembled.logprobs},
                "finish_reason": assembled.finishes[-1] if assembled.finishes else None,
            }
        )
    completion: dict[str, Any] = {"model": chunks[0].get("model") if chunks else None, "choices": choices}
    usage = [chunk["usage"] for chunk in chunks if chunk.get("usage") is not None]
    completion["usage"] = usage[-1] if usage else None
    breakdowns = [chunk["request_breakdown"] for chunk in chunks if chunk.get("request_breakdown") is not None]
    if breakdowns:
        completion["request_breakdown"] = breakdowns[-1]
    return completion


def _read_responses(exchange: Exchange, datas: list[Any]) -> None:
    events = [data for data in datas if isinstance(data, dict)]
    exchange.events = events
    final = events[-1] if events else None
    if final is None or final.get("type") not in ("response.completed", "response.incomplete"):
        return
    if isinstance(final.get("response"), dict):
        exchange.answer = final["response"]
