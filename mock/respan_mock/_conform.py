"""Passive contract checks of real traffic (for `respan-mock record`): a request against the operation's request
schema and headers, an answer against the status, media type and schema the spec documents, and a stream event by
event as it arrives: each event against its schema, and the framing (chat: one id, one finish_reason per choice,
`[DONE]` once and last; Responses: `event` repeats `type`, sequence_number 0, 1, 2, ..., the documented order,
deltas adding up to their `.done` text). Each check returns the problems it found, in words."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

import jsonschema_rs

from respan_mock import _json
from respan_mock._errors import ApiError
from respan_mock._validation import SchemaValidator, decode_json_header, header_rules, resolve

DONE: Final = "[DONE]"
TERMINAL: Final = frozenset({"response.completed", "response.incomplete", "response.failed", "error"})
_LIFECYCLE: Final = frozenset({"response.created", "response.in_progress", "response.queued"})
MAX_PROBLEMS_PER_EXCHANGE: Final = 50


class SpecChecks:
    """The compiled validators of one spec."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self._spec = spec
        self._components = {"components": spec["components"]}
        self._validators: dict[str, jsonschema_rs.Validator] = {}
        self._requests = {
            path: (SchemaValidator(spec, _request_ref(spec, path)), header_rules(spec, path)) for path in spec["paths"]
        }

    def request_problems(self, spec_path: str, headers: Mapping[str, str], body: bytes) -> list[str]:
        validator, rules = self._requests[spec_path]
        content_type = headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if content_type != "application/json":
            return [f"request: Content-Type is {content_type or 'missing'!r}, not application/json"]
        problems = []
        try:
            validator.check(_json.loads(body))
        except ValueError as exc:
            problems.append(f"request: the body is not valid JSON: {exc}")
        except ApiError as error:
            problems.append(f"request: {error.message}")
        for rule in rules:
            value = headers.get(rule.name.lower())
            if value is None:
                continue
            try:
                rule.validator.check(value, f"/headers/{rule.name}")
                if rule.decoded is not None:
                    rule.decoded.check(decode_json_header(rule.name, value), f"/headers/{rule.name}")
            except ApiError as error:
                problems.append(f"request: {error.message}")
        return problems

    def answer_problems(self, spec_path: str, status: int, content_type: str, body: bytes) -> list[str]:
        """Problems of a whole (not streamed) answer; a 200 event stream is checked by a StreamCheck."""
        responses = self._spec["paths"][spec_path]["post"]["responses"]
        if str(status) not in responses:
            return [f"answer: status {status} is not documented (documented: {', '.join(sorted(responses))})"]
        documented = resolve(self._spec, responses[str(status)])
        media = content_type.split(";", 1)[0].strip().lower()
        content = documented.get("content", {})
        if media not in content:
            return [f"answer: media type {media or 'missing'!r} is not documented for {status}"]
        if media != "application/json":
            return []
        try:
            value = _json.loads(body)
        except ValueError as exc:
            return [f"answer: the body is not valid JSON: {exc}"]
        return [f"answer: {problem}" for problem in self.schema_problems(content[media]["schema"], value)]

    def schema_problems(self, schema: Mapping[str, Any], value: Any) -> list[str]:
        key = _json.canonical(schema).decode()
        validator = self._validators.get(key)
        if validator is None:
            validator = self._validators[key] = jsonschema_rs.validator_for({**self._components, **schema})
        problems = []
        for error in validator.iter_errors(value):
            where = "/" + "/".join(str(part) for part in error.instance_path)
            problems.append(f"{where}: {_short(error.message)}")
            if len(problems) == 3:
                break
        return problems

    def event_schema(self, kind: Any) -> Mapping[str, Any]:
        """The schema of a Responses event of type `kind` (by the union's discriminator), else the union's (an
        error against one event's schema names the field; against the union it only says "none matched")."""
        union = self._spec["components"]["schemas"]["ResponseStreamEvent"]
        ref = union.get("discriminator", {}).get("mapping", {}).get(kind) if isinstance(kind, str) else None
        return {"$ref": ref} if isinstance(ref, str) else _EVENT

    def stream(self, endpoint: str, include_usage: bool) -> StreamCheck:
        if endpoint == "chat":
            return ChatStreamCheck(self, include_usage)
        return ResponsesStreamCheck(self)


def _request_ref(spec: Mapping[str, Any], path: str) -> str:
    ref: str = spec["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    return ref


def _short(message: str) -> str:
    return message if len(message) <= 200 else message[:200] + "..."


_CHUNK: Final = {"$ref": "#/components/schemas/ChatCompletionChunk"}
_ERROR: Final = {"$ref": "#/components/schemas/ErrorResponse"}
_EVENT: Final = {"$ref": "#/components/schemas/ResponseStreamEvent"}


class StreamCheck:
    """Checks a stream one event at a time (`feed`), then its end (`end`)."""

    def __init__(self, checks: SpecChecks) -> None:
        self.checks = checks
        self.count = 0

    def feed(self, event: str | None, data: str) -> list[str]:
        index = self.count
        self.count += 1
        return self._feed(index, event, data)

    def _feed(self, index: int, event: str | None, data: str) -> list[str]:
        raise NotImplementedError

    def end(self) -> list[str]:
        raise NotImplementedError


class ChatStreamCheck(StreamCheck):
    def __init__(self, checks: SpecChecks, include_usage: bool) -> None:
        super().__init__(checks)
        self._include_usage = include_usage
        self._ids: set[str] = set()
        self._opened: set[int] = set()
        self._finished: dict[int, int] = {}
        self._done = False
        self._failed = False
        self._last: dict[str, Any] | None = None

    def _feed(self, index: int, event: str | None, data: str) -> list[str]:
        where = f"event {index}"
        problems = []
        if self._done or self._failed:
            problems.append(f"{where}: an event after the end of the stream")
        if data == DONE:
            self._done = True
            return problems
        try:
            value = _json.loads(data)
        except ValueError:
            return [*problems, f"{where}: data is not JSON: {data[:80]!r}"]
        if isinstance(value, dict) and "error" in value and "choices" not in value:
            self._failed = True
            return problems + [f"{where}: {p}" for p in self.checks.schema_problems(_ERROR, value)]
        problems += [f"{where}: {p}" for p in self.checks.schema_problems(_CHUNK, value)]
        if not isinstance(value, dict):
            return problems
        self._last = value
        self._ids.add(str(value.get("id")))
        if len(self._ids) == 2:
            problems.append(f"{where}: a second completion id; every chunk of one completion has the same id")
        for choice in value.get("choices") or ():
            if isinstance(choice, dict) and isinstance(choice.get("index"), int):
                self._opened.add(choice["index"])
                if choice.get("finish_reason") is not None:
                    self._finished[choice["index"]] = self._finished.get(choice["index"], 0) + 1
        return problems

    def end(self) -> list[str]:
        if self._failed:
            return []
        problems = [] if self._done else [f"the stream does not end with `data: {DONE}`"]
        problems += [f"choice {i} has no finish_reason" for i in sorted(self._opened - self._finished.keys())]
        problems += [f"choice {i} has {n} finish_reasons" for i, n in sorted(self._finished.items()) if n > 1]
        last = self._last
        if self._include_usage and last is not None and (not last.get("usage") or last.get("choices")):
            problems.append("stream_options.include_usage: the last chunk must hold `usage` and no choices")
        return problems


@dataclass
class _Item:
    id: Any
    deltas: dict[tuple[str, Any], str] = field(default_factory=dict)


class ResponsesStreamCheck(StreamCheck):
    def __init__(self, checks: SpecChecks) -> None:
        super().__init__(checks)
        self._items: list[_Item] = []
        self._open: int | None = None
        self._terminal: str | None = None
        self._response_ids: set[str] = set()

    def _feed(self, index: int, event: str | None, data: str) -> list[str]:
        try:
            value = _json.loads(data)
        except ValueError:
            return [f"event {index}: data is not JSON: {data[:80]!r}"]
        kind = value.get("type") if isinstance(value, dict) else None
        where = f"event {index} ({kind})"
        problems = [f"{where}: {p}" for p in self.checks.schema_problems(self.checks.event_schema(kind), value)]
        if not isinstance(value, dict):
            return problems
        if event is not None and event != kind:
            problems.append(f"{where}: the SSE `event` field is {event!r}; it must repeat the type")
        if value.get("sequence_number") != index:
            problems.append(f"{where}: sequence_number is {value.get('sequence_number')!r}, expected {index}")
        if self._terminal is not None:
            problems.append(f"{where}: an event after {self._terminal}")
        if index == 0 and kind != "response.created":
            problems.append(f"{where}: the first event must be response.created")
        response = value.get("response")
        if isinstance(response, dict):
            self._response_ids.add(str(response.get("id")))
            if len(self._response_ids) == 2:
                problems.append(f"{where}: the response id changed within the stream")
        if kind in TERMINAL:
            self._terminal = str(kind)
            if self._open is not None and kind == "response.completed":
                problems.append(f"{where}: output item {self._open} was never done")
            problems += self._final_output(where, value)
        elif kind == "response.output_item.added":
            problems += self._added(where, value)
        elif kind == "response.output_item.done":
            problems += self._item_done(where, value)
        elif kind not in _LIFECYCLE:
            problems += self._item_event(where, str(kind), value)
        return problems

    def _added(self, where: str, value: dict[str, Any]) -> list[str]:
        problems = []
        if self._open is not None:
            problems.append(f"{where}: output item {self._open} is still open")
        if value.get("output_index") != len(self._items):
            problems.append(f"{where}: output_index {value.get('output_index')!r}, expected {len(self._items)}")
        item = value.get("item")
        self._items.append(_Item(item.get("id") if isinstance(item, dict) else None))
        self._open = len(self._items) - 1
        return problems

    def _item_done(self, where: str, value: dict[str, Any]) -> list[str]:
        if self._open is None or value.get("output_index") != self._open:
            return [f"{where}: output item {value.get('output_index')!r} was not added (or is already done)"]
        item = value.get("item")
        done_id = item.get("id") if isinstance(item, dict) else None
        opened = self._items[self._open]
        self._open = None
        if done_id != opened.id:
            return [f"{where}: item id {done_id!r} differs from the added item's {opened.id!r}"]
        return []

    def _item_event(self, where: str, kind: str, value: dict[str, Any]) -> list[str]:
        position = value.get("output_index")
        if self._open is None or position != self._open:
            return [f"{where}: output item {position!r} is not open (added and not yet done)"]
        item = self._items[self._open]
        problems = []
        if "item_id" in value and value["item_id"] != item.id:
            problems.append(f"{where}: item_id {value['item_id']!r} is not the open item's {item.id!r}")
        key = (kind.rsplit(".", 1)[0], value.get("content_index", value.get("summary_index", 0)))
        if kind.endswith(".delta") and isinstance(value.get("delta"), str):
            item.deltas[key] = item.deltas.get(key, "") + value["delta"]
        if kind.endswith(".done"):
            for text_field in ("text", "arguments", "refusal"):
                done = value.get(text_field)
                if isinstance(done, str) and key in item.deltas and done != item.deltas[key]:
                    problems.append(f"{where}: `{text_field}` is not the concatenation of its deltas")
        return problems

    def _final_output(self, where: str, value: dict[str, Any]) -> list[str]:
        response = value.get("response")
        if value.get("type") != "response.completed" or not isinstance(response, dict):
            return []
        output = response.get("output")
        if not isinstance(output, list):
            return []
        final = [item.get("id") if isinstance(item, dict) else None for item in output]
        streamed = [item.id for item in self._items]
        if final != streamed:
            return [f"{where}: the final output items {final} differ from the streamed items {streamed}"]
        return []

    def end(self) -> list[str]:
        if self.count == 0:
            return ["the stream has no event"]
        if self._terminal is None:
            return ["the stream ends without response.completed, response.incomplete, response.failed or error"]
        return []
