"""`respan-mock record`: a proxy in front of a real gateway (or any server of this API). It forwards each request
to the upstream and the answer back as it arrives (a stream event by event), checks the request and the answer
against the spec as they pass (respan_mock._conform), and writes each exchange as a fixture file
(respan_mock._recorded) that `respan-mock serve --fixtures DIR` replays. What the checks find is listed in its
journal (GET /_mock/requests: one entry per exchange) and in `summary()`. Credentials are forwarded to the
upstream and never written: neither the request's headers nor its body go into a file, and any credential value
the answer happens to repeat is replaced by `[redacted]`."""

from __future__ import annotations

import contextlib
import threading
import time
from collections import deque
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Final

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from respan_mock import _json, _recorded
from respan_mock._bounded import BoundedLru
from respan_mock._conform import MAX_PROBLEMS_PER_EXCHANGE, SpecChecks
from respan_mock._errors import ApiError
from respan_mock._fixtures import FixtureChecker, FixtureError
from respan_mock._server import STARTUP_TIMEOUT, bind
from respan_mock._spec import load_spec

OPERATIONS: Final = {"chat": "/chat/completions", "responses": "/responses"}
SPEC_PATHS: Final = {"chat": "/api/chat/completions", "responses": "/api/responses"}
PREFIXES: Final = ("/api", "/v1")
MAX_BODY_BYTES: Final = 16 * 2**20
JOURNAL_ENTRIES: Final = 1000
_HOP_BY_HOP: Final = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "host",
        "content-length",
        "accept-encoding",
    }
)


class Recorder:
    """The proxy's state: the upstream client, the checks, the fixture writer, the Responses conversations seen
    (for previous_response_id) and the journal."""

    def __init__(
        self, upstream: str, out: Path, *, timeout: float = 600.0, spec: Mapping[str, Any] | None = None
    ) -> None:
        spec = spec if spec is not None else load_spec()
        self.upstream = upstream.rstrip("/")
        self.checks = SpecChecks(spec)
        self.fixtures = FixtureChecker(spec)
        self.writer = _recorded.FixtureWriter(out)
        self.journal: deque[dict[str, Any]] = deque(maxlen=JOURNAL_ENTRIES)
        self.exchanges = 0
        self.findings: list[str] = []  # every finding, "#N POST path: problem"
        self.notes: list[str] = []
        # Every credential seen in a request of this recording: scrubbed from every file written after it.
        self._secrets: set[str] = set()
        self._conversations: BoundedLru[str, list[Any]] = BoundedLru(1000, 16 * 2**20)
        self.timeout = httpx.Timeout(timeout, connect=10.0)

    def app(self) -> Starlette:
        routes = [
            Route(prefix + path, _Operation(self, endpoint), methods=["POST"])
            for endpoint, path in OPERATIONS.items()
            for prefix in PREFIXES
        ]
        routes += [
            Route("/_mock/requests", self._list, methods=["GET"]),
            Route("/_mock/health", self._health, methods=["GET"]),
        ]
        return Starlette(routes=routes)

    def summary(self) -> str:
        """What was recorded and found, for the end of a recording."""
        lines = [
            f"respan-mock record: {self.exchanges} exchange(s), {len(self.findings)} finding(s) against the spec, "
            f"fixtures in {self.writer.folder}"
        ]
        lines += [f"  finding {finding}" for finding in self.findings]
        lines += [f"  note {note}" for note in self.notes]
        return "\n".join(lines)

    async def _list(self, request: Request) -> Response:
        return JSONResponse({"requests": list(self.journal)})

    async def _health(self, request: Request) -> Response:
        return JSONResponse(
            {"status": "ok", "upstream": self.upstream, "exchanges": self.exchanges, "findings": len(self.findings)}
        )

    def finish(self, exchange: _recorded.Exchange, findings: list[str]) -> dict[str, Any]:
        """Record a finished exchange: write its fixture, add it to the journal."""
        self.exchanges += 1
        number = self.exchanges
        self._secrets |= _recorded.secrets_of(exchange)
        secrets = self._secrets
        history: list[Any] = []
        request = exchange.request or {}
        previous = request.get("previous_response_id")
        if exchange.endpoint == "responses" and isinstance(previous, str):
            known = self._conversations.get(previous)
            if known is None:
                exchange.notes.append("previous_response_id unknown to this recording: matched on this input alone")
            history = known or []
        conversation = _recorded.conversation_of(exchange, history)
        reply, output = _recorded.reply_of(exchange)
        written = None
        if reply is not None:
            match = _recorded.match_of(exchange, conversation)
            match, reply = _recorded.scrub(match, secrets), _recorded.scrub(reply, secrets)
            try:
                self.fixtures.parse({"match": match, "reply": reply}, "recording", number)
            except FixtureError as exc:
                exchange.notes.append(f"not recordable as a fixture: {exc}")
            else:
                path, name = self.writer.add(match, reply, f"POST {exchange.path}")
                written = {"file": path.name, "fixture": name}
        self._remember(exchange, conversation, output)
        findings = [_recorded.scrub_text(finding, secrets) for finding in findings[:MAX_PROBLEMS_PER_EXCHANGE]]
        notes = [_recorded.scrub_text(note, secrets) for note in exchange.notes]
        self.findings += [f"#{number} POST {exchange.path}: {finding}" for finding in findings]
        self.notes += [f"#{number} POST {exchange.path}: {note}" for note in notes]
        entry = {
            "number": number,
            "time": time.time(),
            "path": exchange.path,
            "endpoint": exchange.endpoint,
            "status": exchange.status,
            "stream": exchange.streamed,
            "recorded": written,
            "findings": findings,
            "notes": notes,
        }
        self.journal.append(entry)
        return entry

    def _remember(self, exchange: _recorded.Exchange, conversation: list[Any], output: Any) -> None:
        if exchange.endpoint != "responses" or not isinstance(output, list):
            return
        response_id = _response_id(exchange)
        if response_id is not None and (exchange.request or {}).get("store", True) is not False:
            kept = conversation + [item for item in output if isinstance(item, dict)]
            self._conversations.put(response_id, kept, len(exchange.body) + len(exchange.answer))


def _response_id(exchange: _recorded.Exchange) -> str | None:
    answer = _recorded.json_answer(exchange) if not exchange.streamed else None
    if answer is None:
        for _, data, _ in exchange.events:
            with contextlib.suppress(ValueError):
                event = _json.loads(data)
                if isinstance(event, dict) and isinstance(event.get("response"), dict):
                    answer = event["response"]
    found = answer.get("id") if isinstance(answer, dict) else None
    return found if isinstance(found, str) else None


class _Operation:
    """Forwards one operation's requests to the upstream, and the answers back as they arrive."""

    def __init__(self, recorder: Recorder, endpoint: str) -> None:
        self._recorder = recorder
        self._endpoint = endpoint

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        recorder = self._recorder
        arrived = time.perf_counter()
        headers = {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope["headers"]}
        body = await _read_body(receive)
        if body is None:
            await ApiError(413, f"The body is over {MAX_BODY_BYTES} bytes.", code="body_too_large").response()(
                scope, receive, send
            )
            return
        query = scope.get("query_string", b"").decode("latin-1")
        exchange = _recorded.Exchange(self._endpoint, scope["path"], headers, query, body)
        spec_path = SPEC_PATHS[self._endpoint]
        findings = recorder.checks.request_problems(spec_path, headers, body)
        url = recorder.upstream + scope["path"] + (f"?{query}" if query else "")
        forwarded = [(name, value) for name, value in headers.items() if name not in _HOP_BY_HOP]
        forwarded.append(("accept-encoding", "identity"))
        async with httpx.AsyncClient(timeout=recorder.timeout, follow_redirects=False) as client:
            try:
                request = client.build_request("POST", url, headers=forwarded, content=body)
                upstream = await client.send(request, stream=True)
            except httpx.HTTPError as exc:
                findings.append(f"upstream: {type(exc).__name__}: {exc or 'no answer'}")
                recorder.finish(exchange, findings)  # status 0: nothing to record
                message = f"The upstream {recorder.upstream} did not answer ({type(exc).__name__})."
                error = ApiError(503, message, code="upstream_unreachable", retry_after=1)
                await error.response()(scope, receive, send)
                return
            try:
                await self._relay(exchange, upstream, send, arrived, findings)
            finally:
                await upstream.aclose()
                exchange.finished_at = time.perf_counter() - arrived
                recorder.finish(exchange, findings)

    async def _relay(
        self, exchange: _recorded.Exchange, upstream: httpx.Response, send: Send, arrived: float, findings: list[str]
    ) -> None:
        exchange.status = upstream.status_code
        exchange.response_headers = {name.lower(): value for name, value in upstream.headers.items()}
        exchange.content_type = upstream.headers.get("content-type", "")
        exchange.headers_at = time.perf_counter() - arrived
        stream = exchange.status == 200 and exchange.content_type.startswith("text/event-stream")
        relayed = [
            (name.encode("latin-1"), value.encode("latin-1"))
            for name, value in upstream.headers.multi_items()
            if name.lower() not in _HOP_BY_HOP or (name.lower() == "content-length" and not stream)
        ]
        await send({"type": "http.response.start", "status": exchange.status, "headers": relayed})
        request = exchange.request or {}
        include_usage = bool((request.get("stream_options") or {}).get("include_usage"))
        check = self._recorder.checks.stream(self._endpoint, include_usage) if stream else None
        parser = _EventParser()
        whole: list[bytes] = []
        async for chunk in upstream.aiter_raw():
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
            if check is None:
                whole.append(chunk)
                continue
            moment = time.perf_counter() - arrived
            for event, data in parser.feed(chunk):
                exchange.events.append((event, data, moment))
                findings += check.feed(event, data)
        await send({"type": "http.response.body", "body": b"", "more_body": False})
        if check is not None:
            findings += check.end()
        else:
            exchange.answer = b"".join(whole)
            spec_path = SPEC_PATHS[self._endpoint]
            findings += self._recorder.checks.answer_problems(
                spec_path, exchange.status, exchange.content_type, exchange.answer
            )


async def _read_body(receive: Receive) -> bytes | None:
    chunks = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


class _EventParser:
    """Server-sent events from the chunks of a stream as they arrive: (event field or None, data) per event."""

    def __init__(self) -> None:
        self._pending = b""

    def feed(self, chunk: bytes) -> list[tuple[str | None, str]]:
        self._pending += chunk.replace(b"\r\n", b"\n")
        *blocks, self._pending = self._pending.split(b"\n\n")
        events = []
        for block in blocks:
            event: str | None = None
            data: list[str] = []
            for line in block.decode("utf-8", errors="replace").split("\n"):
                name, _, value = line.partition(":")
                value = value.removeprefix(" ")
                if name == "event":
                    event = value
                elif name == "data":
                    data.append(value)
            if data:
                events.append((event, "\n".join(data)))
        return events


@contextlib.contextmanager
def recording(
    upstream: str, out: str | Path, *, host: str = "127.0.0.1", port: int = 0, timeout: float = 600.0
) -> Iterator[tuple[str, Recorder]]:
    """Run the recording proxy in a background thread; yields its base URL and the Recorder."""
    recorder = Recorder(upstream, Path(out), timeout=timeout)
    sock = bind(host, port)
    server = create_record_server(recorder)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="respan-mock-record", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the recording proxy did not start")
            time.sleep(0.005)
        shown = f"[{host}]" if ":" in host else host
        yield f"http://{shown}:{sock.getsockname()[1]}", recorder
    finally:
        server.should_exit = True
        thread.join()
        sock.close()


def create_record_server(recorder: Recorder, *, log_level: str = "warning", access_log: bool = False) -> uvicorn.Server:
    config = uvicorn.Config(
        recorder.app(),
        loop="uvloop",
        http="httptools",
        lifespan="off",
        proxy_headers=False,
        log_level=log_level,
        access_log=access_log,
        timeout_graceful_shutdown=5,
    )
    return uvicorn.Server(config)
