"""The request pipeline shared by both endpoints: authenticate, read and validate, merge the Respan parameters,
apply faults, prompts, limits, routing, cache and retries, synthesise the answer, record it, and respond."""

from __future__ import annotations

import asyncio
import hmac
import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any, Final

from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from respan_mock import _json
from respan_mock._asgi_responses import EventStreamResponse, JsonBytesResponse, StreamDeadlines
from respan_mock._cache import TtlCache
from respan_mock._errors import ApiError
from respan_mock._exchange import Endpoint, Outcome, Prepared
from respan_mock._faults import FailureSchedule, Fault, parse_prefer
from respan_mock._fixture_table import FixtureTable
from respan_mock._fixtures import Fixture
from respan_mock._inspect import RequestLog
from respan_mock._limits import CustomerLimits, customer_of
from respan_mock._match import RequestView
from respan_mock._params import RespanParams, merge, redact
from respan_mock._recording import StreamCopy, decode_body
from respan_mock._render import generation_seconds
from respan_mock._replies import Reply, Timing
from respan_mock._routing import AllModelsFailed, Attempt, Candidate, ModelTable, Router
from respan_mock._synth import Choice, ToolCall, digest, new_id, synthesize, text_size
from respan_mock._validation import HeaderRule, SchemaValidator, decode_json_header, header_rules
from respan_mock.config import MockConfig

DEFAULT_CACHE_TTL: Final = 1800.0
_CONTENT_TYPE: Final = "application/json"


class Operation:
    """An endpoint with its compiled validators and documented statuses."""

    def __init__(self, endpoint: Endpoint, spec: Mapping[str, Any]) -> None:
        self.endpoint = endpoint
        self.body = SchemaValidator(spec, endpoint.request_schema)
        self.headers: tuple[HeaderRule, ...] = header_rules(spec, endpoint.spec_path)
        responses = spec["paths"][endpoint.spec_path]["post"]["responses"]
        self.statuses = frozenset(int(status) for status in responses if status.isdigit() and status != "200")


class Gateway:
    """The mock gateway's state (stores, counters, caches) and its request pipeline."""

    def __init__(
        self, config: MockConfig, spec: Mapping[str, Any], endpoints: list[Endpoint], fixtures: FixtureTable
    ) -> None:
        self.config = config
        self.fixtures = fixtures
        self._keys = [key.encode() for key in config.accepted_api_keys()]
        self._param_names = frozenset(spec["components"]["schemas"]["RespanParams"]["properties"])
        self.operations = {endpoint.name: Operation(endpoint, spec) for endpoint in endpoints}
        self.table = ModelTable(config)
        self.failures = FailureSchedule(config.failures)
        self.router = Router(config, self.table, self.failures)
        stored_bytes = config.limits.stored_bytes
        self.cache: TtlCache[_Answer] = TtlCache(config.limits.cache_entries, stored_bytes)
        self.limits = CustomerLimits(config.limits.customers)
        self.log = RequestLog(config.limits.request_log, stored_bytes)
        self.in_flight = 0  # gateway requests being handled or streamed
        self.stream_deadlines = StreamDeadlines()

    def store_sizes(self) -> dict[str, int]:
        """Entries and bytes held in each capped store of the gateway (the /_mock/health report)."""
        return {
            "request_log": len(self.log),
            "request_log_bytes": self.log.bytes,
            "cache": len(self.cache),
            "cache_bytes": self.cache.bytes,
            **self.limits.sizes(),
        }

    def reset(self) -> None:
        """Forget every request, cached answer, rate-limit window, spend, balancer position and failure count."""
        self.log.clear()
        self.cache.clear()
        self.limits.reset()
        self.router.balancer.reset()
        self.failures.reset()
        self.fixtures.reset()

    def asgi(self, name: str) -> ASGIApp:
        """The ASGI app of one operation: raw ASGI (no Request object), as this is the hot path."""
        return _OperationApp(self, self.operations[name])

    async def handle(self, incoming: Incoming, operation: Operation) -> Response:
        trace = _Trace(incoming.path, operation.endpoint)
        try:
            response = await self._serve(incoming, operation, trace)
        except ApiError as error:
            trace.status, trace.error = error.status, error.code
            response = error.response({"X-Respan-Log-Id": trace.log_id})  # the id an error report quotes
        if trace.record:
            if trace.sent is None:
                trace.finished = time.perf_counter()
                if not trace.hidden:
                    trace.response_body = bytes(response.body)  # the same object: it is bytes
            key = self.log.record(trace, trace.size())
            if trace.sent is not None:
                trace.resize = lambda size: self.log.resize(key, size)
        return response

    async def _serve(self, incoming: Incoming, operation: Operation, trace: _Trace) -> Response:
        headers = incoming.headers
        self._check_header_size(incoming)
        self._authenticate(headers)
        fault = parse_prefer(headers.get("prefer"), operation.statuses)
        if fault.latency_ms:
            await asyncio.sleep(fault.latency_ms / 1000)
        body = await self._read_json(incoming)
        trace.request_bytes = incoming.body_bytes
        trace.body = body
        operation.body.check(body)
        if None in body.values():  # a parameter sent as null is one left out, as OpenAI reads it (the spec allows it)
            body = {key: value for key, value in body.items() if value is not None}
        decoded = self._check_headers(headers, operation)
        params = merge(body, self._param_names, decoded)
        trace.params = params
        trace.requested_model = body.get("model")
        trace.stream = bool(body.get("stream", False))
        beta_header = headers.get("x-respan-beta")
        beta = frozenset(flag.strip() for flag in beta_header.split(",")) if beta_header else frozenset()
        if fault.code is not None:
            raise _injected(fault, self.config.retry_after)
        endpoint = operation.endpoint
        prepared = endpoint.prepare(body, params)
        if prepared.body is not body:
            _check_prompted(operation, prepared.body, params)
        self._check_conversation(endpoint, prepared)
        trace.input = prepared.conversation
        now = time.time()
        self.limits.admit(params, now)
        outcome = await self._answer(endpoint, prepared, params, (body, headers), beta, trace)
        self.limits.charge(params, outcome.cost, now)
        trace.outcome = outcome
        response_headers = {"X-Respan-Log-Id": outcome.log_id}
        if outcome.cache_status is not None:
            response_headers["X-Respan-Cache"] = outcome.cache_status
        reply = outcome.reply
        if reply is not None and reply.timing.latency_ms:
            await asyncio.sleep(reply.timing.latency_ms / 1000)
        if prepared.stream:
            limit = self.config.limits.max_stream_seconds
            paced = reply is not None and reply.timing.paced
            disconnect_after = fault.disconnect_after
            if disconnect_after is None and reply is not None:
                disconnect_after = reply.timing.disconnect_after
            if trace.record:
                trace.sent = StreamCopy(trace.stream_ended, keep=not trace.hidden)
            return EventStreamResponse(
                endpoint.events(outcome),
                response_headers,
                deadlines=self.stream_deadlines,
                max_seconds=limit,
                terminal=lambda sequence: endpoint.error_event(_stream_too_long(limit), sequence),
                delay=0.0 if paced else self.config.answers.stream_delay_ms / 1000,
                disconnect_after=disconnect_after,
                recorder=trace.sent,
            )
        if reply is not None and reply.timing.paced:
            await asyncio.sleep(generation_seconds(outcome))
        content = endpoint.render(outcome, time.perf_counter() - outcome.started)
        return JsonBytesResponse(_json.dumps(content), response_headers)

    async def _answer(
        self,
        endpoint: Endpoint,
        prepared: Prepared,
        params: RespanParams,
        request: tuple[dict[str, Any], Mapping[str, str]],
        beta: frozenset[str],
        trace: _Trace,
    ) -> Outcome:
        started = time.perf_counter()
        body, headers = request
        candidates = self.router.candidates(prepared.model, params, headers.get("x-respan-route-provider"))
        cache_key = self._cache_key(endpoint.name, prepared, params)
        cached = self.cache.get(cache_key, time.monotonic()) if cache_key is not None else None
        if cached is not None:
            candidate, choices, reply, trace.fixture = cached[0], _fresh_ids(cached[1]), cached[2], cached[3]
            if reply is not None:  # a cache hit comes at once, whatever the fixture's timing
                reply = replace(reply, timing=Timing())
            attempts: list[Attempt] = []
            cache_status = "hit"
            trace.record = not _cache_option(params, "omit_log")
        else:
            try:
                candidate, attempts = await self.router.attempt(candidates, params)
            except AllModelsFailed as failure:
                trace.attempts = failure.attempts
                raise
            reply = None
            if self.fixtures.active:
                view = RequestView(endpoint.name, body, prepared.conversation, params, headers, candidate.model)
                found = self.fixtures.find(view)
                if found is not None or self.fixtures.strict:
                    reply = await self._scripted(view, found, trace, attempts)
            if reply is not None:
                shape = endpoint.synth_request(prepared, b"")
                choices = reply.choices(shape.n, shape.max_tokens)
            else:
                choices = synthesize(endpoint.synth_request(prepared, digest(candidate.model, prepared.content_key)))
            cache_status = None
            if cache_key is not None:
                cache_status = "miss"
                ttl = float(params.get("cache_ttl", DEFAULT_CACHE_TTL))
                answer = (candidate, choices, reply, trace.fixture)
                self.cache.put(cache_key, answer, ttl, time.monotonic(), text_size(choices))
        prompt_tokens = prepared.prompt_tokens
        if reply is not None:
            completion_tokens = reply.completion_tokens(choices)
            if reply.usage.prompt_tokens is not None:
                prompt_tokens = reply.usage.prompt_tokens
        else:
            # A Responses reasoning summary is output too: in usage, the breakdown and the cost alike.
            completion_tokens = sum(choice.completion_tokens for choice in choices) + prepared.reasoning_tokens
        return Outcome(
            prepared=prepared,
            params=params,
            log_id=trace.log_id,
            candidate=candidate,
            choices=choices,
            attempts=attempts,
            cache_status=cache_status,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            cost=self.table.cost(candidate.model, prompt_tokens, completion_tokens),
            started=trace.started,
            routing_time=time.perf_counter() - started,
            created=int(time.time()),
            beta=beta,
            request_bytes=trace.request_bytes,
            reply=reply,
        )

    async def _scripted(
        self, view: RequestView, found: tuple[Fixture, int, Reply] | None, trace: _Trace, attempts: list[Attempt]
    ) -> Reply:
        """The reply of the fixture that matched. An error reply, or in strict mode a request no fixture matched
        (`found` None), is raised as the ApiError it answers with."""
        if found is None:
            trace.attempts = attempts
            raise ApiError(404, self.fixtures.explain_miss(view), code="no_fixture_matched")
        fixture, position, reply = found
        trace.fixture = {"id": fixture.id, "name": fixture.name, "source": fixture.source, "reply": position}
        error = reply.error
        if error is None:
            return reply
        if reply.timing.latency_ms:
            await asyncio.sleep(reply.timing.latency_ms / 1000)
        trace.attempts = attempts
        raise ApiError(
            error.status,
            error.message,
            code=error.code,
            param=error.param,
            retry_after=error.retry_after,
            error_type=error.type,
        )

    def _cache_key(self, name: str, prepared: Prepared, params: RespanParams) -> bytes | None:
        """The cache key, or None when caching is off. The model and customer partition it only when asked."""
        if not params.get("cache_enabled"):
            return None
        model = prepared.model if _cache_option(params, "is_cached_by_model") else None
        customer = customer_of(params)[0] if _cache_option(params, "cache_by_customer") else None
        return digest(name, prepared.content_key, prepared.shape_key, model, customer)

    def _check_header_size(self, incoming: Incoming) -> None:
        limit = self.config.limits.max_header_bytes
        if incoming.header_bytes > limit:
            name, size = incoming.largest_header()
            raise ApiError(
                413,
                f"Request headers are {incoming.header_bytes} bytes; the limit is {limit} (the largest, {name}, "
                f"is {size} bytes).",
                code="headers_too_large",
                param=f"/headers/{name}",
            )

    def _check_conversation(self, endpoint: Endpoint, prepared: Prepared) -> None:
        limit = self.config.limits.max_messages
        count = len(prepared.conversation)
        if count > limit:
            raise ApiError(
                413,
                f"The conversation has {count} {endpoint.conversation_items}; the limit is {limit}.",
                code="too_many_messages",
                param=endpoint.conversation_param,
            )

    def _authenticate(self, headers: Mapping[str, str]) -> None:
        scheme, _, token = headers.get("authorization", "").partition(" ")
        given = token.strip().encode()
        matched = False
        for key in self._keys:  # compare with every key, in constant time each
            matched |= hmac.compare_digest(given, key)
        if scheme.lower() != "bearer" or not matched:
            raise ApiError(
                401,
                "Missing or invalid API key. Send `Authorization: Bearer YOUR_API_KEY`.",
                code="invalid_api_key",
            )

    async def _read_json(self, incoming: Incoming) -> Any:
        content_type = incoming.headers.get("content-type", "")
        if content_type.split(";", 1)[0].strip().lower() != _CONTENT_TYPE:
            shown = content_type or "nothing"
            raise ApiError(
                415,
                f"Content-Type must be application/json, got {shown!r}.",
                code="unsupported_media_type",
                param="/headers/Content-Type",
            )
        limit = self.config.limits.max_body_bytes
        declared = incoming.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise _too_large(int(declared), limit)
        raw = await incoming.body(limit)
        try:
            return _json.loads(raw)
        except ValueError as exc:
            raise ApiError(400, f"The body is not valid JSON: {exc}", code="invalid_json") from None

    def _check_headers(self, headers: Mapping[str, str], operation: Operation) -> dict[str, dict[str, Any]]:
        """Validate every documented header present; return the decoded base64-JSON ones by name."""
        decoded = {}
        for rule in operation.headers:
            value = headers.get(rule.name.lower())
            if value is None:
                continue
            rule.validator.check(value, f"/headers/{rule.name}")
            if rule.decoded is not None:
                params = decode_json_header(rule.name, value)
                rule.decoded.check(params, f"/headers/{rule.name}")
                decoded[rule.name] = params
        return decoded


class _OperationApp:
    """An ASGI app, not a function, so that Starlette's Route mounts it as is."""

    def __init__(self, gateway: Gateway, operation: Operation) -> None:
        self._gateway = gateway
        self._operation = operation

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        gateway = self._gateway
        gateway.in_flight += 1
        try:
            try:
                response = await gateway.handle(Incoming(scope, receive), self._operation)
            except Exception:
                # A bug of the mock. As Starlette's error middleware (which this path bypasses) does: answer
                # with the envelope, then re-raise for the server to log the traceback.
                await ApiError(500, "Internal error of the mock gateway.", code="internal_error").response()(
                    scope, receive, send
                )
                raise
            await response(scope, receive, send)
        finally:
            gateway.in_flight -= 1


class Incoming:
    """An HTTP request as the pipeline needs it: lower-case headers (the first of repeated ones), their total
    size and the largest one, its path, and its body read on demand with a size limit."""

    __slots__ = ("_raw_headers", "_receive", "body_bytes", "header_bytes", "headers", "path")

    def __init__(self, scope: Scope, receive: Receive) -> None:
        self.path: str = scope["path"]
        self.headers: dict[str, str] = {}
        self._raw_headers: list[tuple[bytes, bytes]] = scope["headers"]
        self.header_bytes = 0
        for name, value in self._raw_headers:
            self.headers.setdefault(name.decode("latin-1").lower(), value.decode("latin-1"))
            self.header_bytes += len(name) + len(value)
        self._receive = receive
        self.body_bytes = 0

    def largest_header(self) -> tuple[str, int]:
        """The name and size of the largest header (for the error that reports a header limit)."""
        name, value = max(self._raw_headers, key=lambda header: len(header[0]) + len(header[1]))
        return name.decode("latin-1").lower(), len(name) + len(value)

    async def body(self, limit: int) -> bytes:
        chunks = []
        size = 0
        while True:
            message = await self._receive()
            if message["type"] != "http.request":
                break  # the client went away: what arrived is all there is
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise _too_large(size, limit)
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        self.body_bytes = size
        return b"".join(chunks)


class _Trace:
    """What the request log keeps about one request, filled in as the pipeline goes (and a stream's events as
    they go out); rendered as an entry of GET /_mock/requests only when asked (the request path stays cheap)."""

    __slots__ = (
        "attempts",
        "body",
        "endpoint",
        "error",
        "finished",
        "fixture",
        "input",
        "log_id",
        "outcome",
        "params",
        "path",
        "record",
        "request_bytes",
        "requested_model",
        "resize",
        "response_body",
        "sent",
        "started",
        "status",
        "stream",
        "time",
    )

    def __init__(self, path: str, endpoint: Endpoint) -> None:
        self.log_id = new_id("")
        self.started = time.perf_counter()
        self.time = time.time()
        self.path = path
        self.endpoint = endpoint
        self.status = 200
        self.error: str | None = None
        self.params = RespanParams()
        self.requested_model: Any = None
        self.stream = False
        self.input: Any = None
        self.outcome: Outcome | None = None
        self.attempts: list[Attempt] = []
        self.record = True
        self.request_bytes = 0
        self.fixture: dict[str, Any] | None = None  # the fixture that answered
        self.body: Any = None
        self.response_body: bytes | None = None  # as sent, unless the answer is a stream
        self.sent: StreamCopy | None = None  # the events of a stream, as they are written
        self.finished: float | None = None
        self.resize: Callable[[int], None] | None = None  # the log's, once it holds this trace

    @property
    def hidden(self) -> bool:
        """With `disable_log`, the log keeps no content of the request or its answer."""
        return bool(self.params.get("disable_log", False))

    def stream_ended(self) -> None:
        """The stream is over: its events now count in the log's size."""
        self.finished = time.perf_counter()
        if self.resize is not None:
            self.resize(self.size())

    def size(self) -> int:
        """What keeping this entry costs, roughly: the request body's bytes, and the answers' characters or,
        once kept, the response or the stream's events as sent (which hold those characters)."""
        text = self.outcome.size - self.request_bytes if self.outcome is not None else 0
        sent = self.sent.bytes if self.sent is not None else 0
        return self.request_bytes + max(text, len(self.response_body or b"") + sent)

    def entry(self) -> dict[str, Any]:
        outcome, sent = self.outcome, self.sent
        hidden = self.hidden
        attempts = outcome.attempts if outcome is not None else self.attempts
        return {
            "log_id": self.log_id,
            "time": self.time,
            "path": self.path,
            "endpoint": self.endpoint.name,
            "status": self.status,
            "error_code": self.error,
            "stream": self.stream,
            "requested_model": self.requested_model,
            "model": outcome.candidate.model if outcome else None,
            "provider": outcome.candidate.provider if outcome else None,
            "cache": outcome.cache_status if outcome else None,
            "fixture": self.fixture,
            "params": self.params.redacted(),
            "param_sources": dict(self.params.sources),
            "attempts": [attempt.as_dict() for attempt in attempts],
            "usage": None
            if outcome is None
            else {"prompt_tokens": outcome.prompt_tokens, "completion_tokens": outcome.completion_tokens},
            "cost": outcome.cost if outcome else None,
            "disable_log": hidden,
            "input": None if hidden else redact(self.input),
            "output": None if hidden or outcome is None else self.endpoint.output_for_log(outcome),
            "customer": customer_of(self.params)[0],
            "latency": None if self.finished is None else round(self.finished - self.started, 6),
            "body": None if hidden else redact(self.body),
            "response": None if self.response_body is None else decode_body(self.response_body),
            "events": None if sent is None or hidden else sent.decoded(),
            "events_omitted": sent.omitted if sent is not None else 0,
            "stream_end": sent.end if sent is not None else None,
        }


def _check_prompted(operation: Operation, body: dict[str, Any], params: RespanParams) -> None:
    """A request with a stored prompt applied (its messages, model and parameters, and the request's
    override_params) must still be valid: 400 naming the override or the prompt, not a failure further on."""
    try:
        operation.body.check(body)
    except ApiError as error:
        field = (error.param or "/").split("/")[1]
        prompt = params.get("prompt")
        overrides = prompt.get("override_params") if isinstance(prompt, dict) else None
        given = isinstance(overrides, dict) and field in overrides
        where = params.pointer("prompt", "override_params", field) if given else params.pointer("prompt", "prompt_id")
        source = "prompt.override_params" if given else "the stored prompt"
        raise ApiError(
            400, f"With {source} applied, the request is invalid: {error.message}", code="invalid_value", param=where
        ) from None


# A served answer as the cache keeps it: who served, the choices, the fixture's reply and the fixture (or None).
_Answer = tuple[Candidate, list[Choice], Reply | None, dict[str, Any] | None]


def _fresh_ids(choices: list[Choice]) -> list[Choice]:
    """A cached answer's tool calls get new IDs: IDs are unique per response."""
    return [
        replace(choice, tool_calls=[ToolCall(new_id("call_"), call.name, call.arguments) for call in choice.tool_calls])
        if choice.tool_calls
        else choice
        for choice in choices
    ]


def _cache_option(params: RespanParams, name: str) -> bool:
    options = params.get("cache_options")
    return bool(options.get(name)) if isinstance(options, dict) else False


def _injected(fault: Fault, default_retry_after: int) -> ApiError:
    assert fault.code is not None
    retry_after = fault.retry_after if fault.retry_after is not None else default_retry_after
    return ApiError(
        fault.code,
        f"Injected fault: Prefer asked for status {fault.code}.",
        code="injected_fault",
        retry_after=retry_after,
    )


def _stream_too_long(limit: float) -> ApiError:
    return ApiError(
        504,
        f"The stream lasted longer than its limit of {limit:g} s (limits.max_stream_seconds) and ends here.",
        code="stream_duration_exceeded",
    )


def _too_large(size: int, limit: int) -> ApiError:
    return ApiError(413, f"Request body is {size} bytes; the limit is {limit}.", code="body_too_large")
