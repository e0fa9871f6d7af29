"""Fuzz targets and their Hypothesis strategies, shared by the quick runs in `make test` (tests/hardening/
test_fuzz.py) and the long runs in bench/harden_fuzz.py.

- `headers`: the mock's request headers (the base64-JSON Respan parameter headers above all, then beta flags,
  provider pin, Prefer, Content-Type, Content-Length, Authorization) on a valid body.
- `bodies`: the mock's JSON body path (parsing, validation against the spec, the parameter merge, and all that
  follows): valid requests with spec properties set to generated or arbitrary values, at top level or in the
  parameter containers, as JSON, as damaged JSON, or as arbitrary bytes.
- `sse`: the generated client's stream parsing (httpx-sse, event decoding, typed events) on arbitrary and
  almost-right server-sent events, split into network reads anywhere.

The mock is called in-process through its ASGI app (no network: many more inputs per second) and must answer
every input with a documented status whose body conforms to the spec; an exception escaping the app is a
failure. The client may raise only its own errors (RespanError and subclasses)."""

from __future__ import annotations

import asyncio
import base64
import json
import random
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Final

import httpx
import jsonschema_rs
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from respan_gateway_client import RespanError, create_client
from respan_gateway_client.api.chat import create_chat_completion
from respan_gateway_client.api.responses import create_response
from respan_gateway_client.models import CreateChatCompletionRequest, CreateResponseRequest, UserMessage
from respan_mock import MockConfig, create_app
from respan_mock._jsonvalue import example_value
from respan_spec import load_spec
from starlette.types import Message

SPEC: Final = load_spec()
SCHEMAS: Final = SPEC["components"]["schemas"]
KEY: Final = "fuzz-key"
CONFIG: Final = {
    "api_keys": [KEY],
    "prompts": {
        "welcome": {"versions": {"1": {"messages": [{"role": "user", "content": "Welcome {{name}}."}]}}},
    },
    "load_balance_groups": {"pool": [{"model": "gpt-4o", "weight": 3}, {"model": "claude-3-5-haiku", "weight": 1}]},
}
OPERATIONS: Final = {"/api/chat/completions": "chat", "/v1/chat/completions": "chat", "/api/responses": "responses"}
PARAM_HEADERS: Final = ("x-data-respan-params", "x-respan-params", "x-data-keywordsai-params")
# Statuses a gateway error may have when nothing was injected; 5xx only when Prefer asked for it.
ERROR_STATUSES: Final = frozenset({400, 401, 404, 413, 415, 424, 429})


def _properties(name: str) -> dict[str, Any]:
    """Every property of a component, through allOf."""
    schema = SCHEMAS[name]
    found: dict[str, Any] = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        found.update(_properties(part["$ref"].rsplit("/", 1)[-1]))
    return found


CHAT_PROPERTIES: Final = _properties("CreateChatCompletionRequest")
RESPONSES_PROPERTIES: Final = _properties("CreateResponseRequest")
RESPAN_PROPERTIES: Final = _properties("RespanParams")


# --- Strategies ------------------------------------------------------------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
    | st.sampled_from(["", "gpt-4o-mini", "welcome", "latest", "openai", "user", "auto", "[DONE]", "\x00", "\ud7ff"]),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)


def _generated(schema: Any) -> st.SearchStrategy[Any]:
    """Values the spec allows (mostly: the mock's small generator of schema examples), seeded by Hypothesis."""
    root = {"components": SPEC["components"], **schema}
    return st.integers(min_value=0, max_value=2**32).map(lambda seed: example_value(root, random.Random(seed)))


def _property_values(properties: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """A few properties, each with a generated value (usually valid) or an arbitrary one."""
    pairs = st.sampled_from(sorted(properties)).flatmap(
        lambda name: st.tuples(st.just(name), _generated(properties[name]) | json_values)
    )
    return st.lists(pairs, max_size=6).map(dict)


def _request(base: dict[str, Any], properties: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """`base` with some properties set at top level, and some Respan parameters under a container."""
    nested = st.fixed_dictionaries(
        {}, optional={"respan_params": _property_values(RESPAN_PROPERTIES), "keywordsai_params": json_values}
    )
    return st.tuples(_property_values(properties), nested).map(lambda parts: {**base, **parts[0], **parts[1]})


CHAT_BASE: Final = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hello"}]}
RESPONSES_BASE: Final = {"model": "gpt-4o-mini", "input": "Hello"}
BASES: Final[dict[str, tuple[dict[str, Any], dict[str, Any]]]] = {
    "chat": (CHAT_BASE, CHAT_PROPERTIES),
    "responses": (RESPONSES_BASE, RESPONSES_PROPERTIES),
}


@st.composite
def _encoded(draw: st.DrawFn, values: st.SearchStrategy[Any]) -> bytes:
    """The JSON of a value from `values`; one time in five damaged: cut short, or with bytes put in."""
    data = json.dumps(draw(values), ensure_ascii=False).encode()
    damage = draw(st.sampled_from(["none", "none", "none", "cut", "insert"]))  # Hypothesis favours the first
    cut = draw(st.integers(1, len(data)))
    if damage == "cut":
        return data[:cut]
    if damage == "insert":
        return data[:cut] + draw(st.binary(min_size=1, max_size=8)) + data[cut:]
    return data


@dataclass(frozen=True)
class Request:
    path: str
    headers: list[tuple[bytes, bytes]]
    body: bytes


def gateway_headers(extra: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    base = [(b"authorization", f"Bearer {KEY}".encode()), (b"content-type", b"application/json")]
    names = {name for name, _ in extra}
    return [*extra, *((name, value) for name, value in base if name not in names)]


@st.composite
def body_requests(draw: st.DrawFn) -> Request:
    """A request to either operation whose body is JSON (now and then damaged) or, one time in five, bytes."""
    path = draw(st.sampled_from(sorted(OPERATIONS)))
    base, properties = BASES[OPERATIONS[path]]
    if draw(st.sampled_from([False, False, False, False, True])):
        return Request(path, gateway_headers([]), draw(st.binary(max_size=200)))
    value = draw(_request(base, properties))
    if draw(st.booleans()):  # streams take another path: ask for one often
        value.setdefault("stream", True)
    return Request(path, gateway_headers([]), draw(_encoded(st.just(value))))


def _b64(data: bytes, alphabet: str) -> bytes:
    encoded = base64.urlsafe_b64encode(data) if alphabet == "urlsafe" else base64.b64encode(data)
    return encoded.rstrip(b"=") if alphabet == "unpadded" else encoded


_respan_header_objects = _property_values(RESPAN_PROPERTIES) | json_values
header_payloads = st.one_of(
    st.binary(max_size=40),
    st.text(st.characters(max_codepoint=255), max_size=40).map(lambda text: text.encode("latin-1")),
    st.tuples(
        _encoded(_respan_header_objects) | st.binary(max_size=40), st.sampled_from(["std", "urlsafe", "unpadded"])
    ).map(lambda parts: _b64(*parts)),
    st.tuples(_encoded(_respan_header_objects), st.binary(max_size=3)).map(
        lambda parts: b" " + base64.b64encode(parts[0]) + parts[1] + b" "
    ),
)
prefer_values = st.lists(
    st.sampled_from(["code", "retry-after", "disconnect-after", "latency", "return", ""]).flatmap(
        lambda name: st.tuples(
            st.just(name),
            st.sampled_from(["0", "200", "400", "418", "503", "x", "-1", "1" * 30])
            if name != "latency"
            else st.sampled_from(["0", "x", "-1", "60001"]),
        )
    ),
    max_size=3,
).map(lambda pairs: ", ".join(f"{name}={value}" for name, value in pairs).encode())
header_sets = st.lists(
    st.one_of(
        st.tuples(st.sampled_from(PARAM_HEADERS).map(str.encode), header_payloads),
        st.tuples(
            st.sampled_from([b"x-respan-beta", b"x-respan-route-provider", b"content-type", b"authorization"]),
            header_payloads | st.sampled_from([b"token-breakdown-2026-03-26", b"openai", b"Bearer " + KEY.encode()]),
        ),
        st.tuples(st.just(b"content-length"), st.sampled_from([b"", b"-1", b"abc", b"99999999999999999999", b"3"])),
        st.tuples(st.just(b"prefer"), prefer_values),
    ),
    max_size=5,
)
header_requests = st.builds(
    lambda path, headers: Request(
        path, gateway_headers(headers), json.dumps(CHAT_BASE if "chat" in path else RESPONSES_BASE).encode()
    ),
    st.sampled_from(sorted(OPERATIONS)),
    header_sets,
)


_EVENT_SCHEMAS: Final = SCHEMAS["ResponseStreamEvent"]["discriminator"]["mapping"]
_CHANGED_FIELDS: Final = ["id", "choices", "error", "type", "delta", "sequence_number", "response", "item"]


def _almost(values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A value from `values` as is, or with a few fields replaced or added, or an arbitrary value."""
    changes = st.dictionaries(st.sampled_from(_CHANGED_FIELDS), json_values, min_size=1, max_size=2)
    changed = st.tuples(values, changes).map(
        lambda parts: {**parts[0], **parts[1]} if isinstance(parts[0], dict) else parts[0]
    )
    return st.one_of(values, values, changed, json_values)


_chunk_lines = _almost(_generated({"$ref": "#/components/schemas/ChatCompletionChunk"})).map(
    lambda value: "data: " + json.dumps(value)
)
_event_lines = st.sampled_from(sorted(_EVENT_SCHEMAS)).flatmap(
    lambda kind: _almost(_generated({"$ref": _EVENT_SCHEMAS[kind]})).map(
        lambda value: f"event: {kind}\ndata: {json.dumps(value)}"
    )
)
sse_lines = st.one_of(
    _chunk_lines,
    _chunk_lines,
    _event_lines,
    _event_lines,
    st.sampled_from(["data: [DONE]", "data:", "data: {", ": keep-alive", "event: error", "id: 1", "retry: x", ""]),
    st.text(max_size=30).map(lambda text: "data: " + text),
    st.text(max_size=30),
)


@st.composite
def sse_bodies(draw: st.DrawFn) -> list[bytes]:
    """A stream body as the network delivers it: events (or garbage) with any line endings, in pieces."""
    if draw(st.sampled_from([False] * 9 + [True])):  # one time in ten: any bytes
        data = draw(st.binary(max_size=300))
    else:
        separator = draw(st.sampled_from(["\n\n", "\r\n\r\n", "\r\r", "\n"]))
        text = separator.join(draw(st.lists(sse_lines, max_size=8))) + draw(st.sampled_from(["\n\n", "", "\n"]))
        data = text.encode("utf-8", "surrogatepass")
    cuts = sorted(draw(st.lists(st.integers(0, len(data)), max_size=4)))
    return [data[start:end] for start, end in zip([0, *cuts], [*cuts, len(data)], strict=True)]


# --- Targets ---------------------------------------------------------------------------------------------------


@dataclass
class Tally:
    """What a run saw: how many inputs, and how many of each outcome."""

    inputs: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)

    def add(self, outcome: str) -> None:
        self.inputs += 1
        self.outcomes[outcome] += 1


class MockTarget:
    """The mock's ASGI app called in-process, with the invariants every answer must satisfy."""

    def __init__(self, tally: Tally | None = None) -> None:
        self.app = create_app(MockConfig.from_dict(CONFIG), SPEC)
        self.loop = asyncio.new_event_loop()
        self.tally = tally or Tally()
        self._validators = {
            name: jsonschema_rs.validator_for(
                {"components": SPEC["components"], "$ref": f"#/components/schemas/{name}"}
            )
            for name in ("ErrorResponse", "ChatCompletion", "Response", "ChatCompletionChunk", "ResponseStreamEvent")
        }

    def close(self) -> None:
        self.loop.close()

    def check(self, request: Request) -> None:
        status, headers, body = self.loop.run_until_complete(self._call(request))
        operation = OPERATIONS[request.path]
        media_type = headers.get(b"content-type", b"").split(b";")[0]
        if status == 200 and media_type == b"text/event-stream":
            self._check_stream(operation, body)
            self.tally.add(f"{operation} 200 stream")
            return
        assert media_type == b"application/json", (status, headers)
        document = json.loads(body)
        if status == 200:
            self._valid("ChatCompletion" if operation == "chat" else "Response", document)
            self.tally.add(f"{operation} 200")
            return
        self._valid("ErrorResponse", document)
        code = document["error"]["code"]
        assert status in ERROR_STATUSES or code == "injected_fault", (status, document)
        self.tally.add(f"{operation} {status} {code}")

    async def _call(self, request: Request) -> tuple[int, dict[bytes, bytes], bytes]:
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": "POST",
            "scheme": "http",
            "path": request.path,
            "raw_path": request.path.encode(),
            "query_string": b"",
            "root_path": "",
            "headers": request.headers,
            "client": ("127.0.0.1", 50000),
            "server": ("127.0.0.1", 8000),
        }
        messages = iter([{"type": "http.request", "body": request.body, "more_body": False}])
        sent: list[Message] = []

        async def receive() -> Message:
            message = next(messages, None)
            if message is None:  # the body was read: wait, as a connected client does, until the end
                await asyncio.Event().wait()
            assert message is not None
            return message

        async def send(message: Message) -> None:
            sent.append(message)

        await self.app(scope, receive, send)
        start = sent[0]
        assert start["type"] == "http.response.start"
        assert sent[-1].get("more_body", False) is False, "the response did not end"
        body = b"".join(message.get("body", b"") for message in sent[1:])
        return start["status"], dict(start["headers"]), body

    def _check_stream(self, operation: str, body: bytes) -> None:
        # One `data:` line per event (JSON has no raw line breaks), after an `event:` line for Responses.
        payloads = [line.removeprefix("data: ") for line in body.decode().split("\n") if line.startswith("data: ")]
        last = payloads[-1]
        if operation == "chat":
            assert last == "[DONE]", last
            for payload in payloads[:-1]:
                self._valid("ChatCompletionChunk", json.loads(payload))
        else:
            for payload in payloads:
                self._valid("ResponseStreamEvent", json.loads(payload))
            assert json.loads(last)["type"] in ("response.completed", "response.incomplete"), last

    def _valid(self, schema: str, value: Any) -> None:
        errors = [error.message for error in self._validators[schema].iter_errors(value)]
        assert not errors, f"{schema}: {errors[:3]}: {json.dumps(value)[:500]}"


class _Pieces(httpx.SyncByteStream):
    def __init__(self, pieces: list[bytes]) -> None:
        self._pieces = pieces

    def __iter__(self) -> Iterator[bytes]:
        yield from self._pieces


class SseTarget:
    """The generated client's stream functions over a transport that answers with the given body pieces."""

    def __init__(self, tally: Tally | None = None) -> None:
        self.tally = tally or Tally()
        self._pieces: list[bytes] = []

        def answer(request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=_Pieces(self._pieces))

        transport = httpx.MockTransport(answer)
        self._client = create_client(
            api_key=KEY, base_url="http://gateway.test", max_retries=0, transport=transport, async_transport=transport
        )
        self._chat = CreateChatCompletionRequest(model="m", messages=[UserMessage(role="user", content="x")])
        self._responses = CreateResponseRequest(model="m", input_="x")

    def close(self) -> None:
        self._client.get_httpx_client().close()

    def check(self, operation: str, pieces: list[bytes]) -> None:
        self._pieces = pieces
        stream: Any = (
            create_chat_completion.stream_sync(client=self._client, body=self._chat)
            if operation == "chat"
            else create_response.stream_sync(client=self._client, body=self._responses)
        )
        try:
            events = sum(1 for _ in stream)
        except RespanError as error:  # the client's own errors are the expected way to fail
            self.tally.add(f"{operation} {type(error).__name__}")
            return
        self.tally.add(f"{operation} {min(events, 3)}{'+' if events > 3 else ''} events")


# --- Runs ------------------------------------------------------------------------------------------------------


def _run(inputs: st.SearchStrategy[Any], check: Callable[[Any], None], examples: int, derandomize: bool) -> None:
    """Give `check` `examples` inputs drawn from `inputs`; Hypothesis shrinks and reports a failing one."""

    @settings(
        max_examples=examples,
        deadline=None,
        derandomize=derandomize,
        database=None,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    @given(inputs)
    def run(value: Any) -> None:
        check(value)

    run()


def fuzz_headers(examples: int, *, derandomize: bool = False, tally: Tally | None = None) -> Tally:
    """`examples` header sets on a valid body; `tally` (if given) counts them even when one fails."""
    target = MockTarget(tally)
    try:
        _run(header_requests, target.check, examples, derandomize)
    finally:
        target.close()
    return target.tally


def fuzz_bodies(examples: int, *, derandomize: bool = False, tally: Tally | None = None) -> Tally:
    """`examples` request bodies; `tally` (if given) counts them even when one fails."""
    target = MockTarget(tally)
    try:
        _run(body_requests(), target.check, examples, derandomize)
    finally:
        target.close()
    return target.tally


def fuzz_sse(examples: int, *, derandomize: bool = False, tally: Tally | None = None) -> Tally:
    """`examples` stream bodies for the client; `tally` (if given) counts them even when one fails."""
    target = SseTarget(tally)
    streams = st.tuples(st.sampled_from(["chat", "responses"]), sse_bodies())
    try:
        _run(streams, lambda stream: target.check(*stream), examples, derandomize)
    finally:
        target.close()
    return target.tally


FUZZERS: Final[dict[str, Callable[..., Tally]]] = {"headers": fuzz_headers, "bodies": fuzz_bodies, "sse": fuzz_sse}
