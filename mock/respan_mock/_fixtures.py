"""Fixture definitions: read from YAML/JSON files (a file, or every *.yaml, *.yml and *.json under a folder, in
path order), from the inspection API or from Python, and checked before use. A fixture is `match` criteria (all
must hold; none: it matches every request) and a `reply` (or `replies`, a sequence: the n-th matching request
gets the n-th), with `times` to limit a single reply. An unknown key, a bad regex, or a reply that would violate
the spec is a FixtureError naming the source, the fixture and the field.

    fixtures:
      - name: weather-call
        match: {user: weather in Paris, tool_result: false}
        reply:
          tool_calls: [{name: get_weather, arguments: {city: Paris}}]
      - name: weather-answer
        match: {tool_result: {function: get_weather}}
        reply: It is 18 degrees in Paris.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import jsonschema_rs

from respan_mock._errors import pointer
from respan_mock._match import MATCH_KEYS, Criterion, compile_match
from respan_mock._replies import Reply, parse_reply
from respan_mock._yaml import YamlFileError, read_yaml
from respan_mock.config import ConfigError

FILE_SUFFIXES: Final = (".yaml", ".yml", ".json")
MAX_LATENCY_MS: Final = 600_000


class FixtureError(ConfigError):
    """A fixture definition that cannot be used; the message names the source, the fixture and the field."""


@dataclass(eq=False)
class Fixture:
    """A checked fixture. `used` counts the requests it answered since the last reset."""

    name: str
    source: str
    criteria: list[Criterion]
    index: dict[str, Any]
    replies: tuple[Reply, ...]
    times: int | None  # None: unlimited (a sequence is used up after its last reply)
    definition: dict[str, Any]
    id: str = ""
    used: int = 0
    order: int = 0  # position in the table: first match wins

    @property
    def remaining(self) -> int | None:
        return None if self.times is None else max(self.times - self.used, 0)

    def next_reply(self) -> tuple[int, Reply]:
        position = min(self.used, len(self.replies) - 1)
        return position, self.replies[position]

    def as_dict(self) -> dict[str, Any]:
        """The fixture as GET /_mock/fixtures lists it."""
        return {
            "id": self.id,
            "name": self.name,
            "source": self.source,
            "used": self.used,
            "remaining": self.remaining,
            **self.definition,
        }


class FixtureChecker:
    """Checks fixture definitions against the fixture format, with the spec's finish reasons, error types and
    error statuses (a reply outside them would make the mock answer what the spec does not allow)."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        schemas = spec["components"]["schemas"]
        finish_reasons = [reason for reason in schemas["FinishReason"]["enum"] if reason != "function_call"]
        error_types = list(schemas["Error"]["properties"]["type"]["enum"])
        statuses = None
        for operation in (path["post"] for path in spec["paths"].values()):
            documented = {int(status) for status in operation["responses"] if status.isdigit() and status != "200"}
            statuses = documented if statuses is None else statuses & documented
        self.statuses = frozenset(statuses or ())
        self._validator = jsonschema_rs.validator_for(
            _fixture_schema(finish_reasons, error_types, sorted(self.statuses))
        )
        # Hosted-tool items, each checked against the spec's output item of its `type` (messages and function calls
        # are given as `text`, `refusal` and `tool_calls`). Compiled when a fixture first gives one: compiling them
        # all took half of create_app().
        mapping = schemas["OutputItem"]["discriminator"]["mapping"]
        self._components = spec["components"]
        self._item_refs = {kind: target for kind, target in mapping.items() if kind not in _SCRIPTED_ITEMS}
        self._items: dict[str, jsonschema_rs.Validator] = {}

    def parse(self, definition: Any, source: str, position: int) -> Fixture:
        """A Fixture from one definition (`position`: its number in its source, from 1)."""
        label = f"#{position}"
        if isinstance(definition, Mapping) and isinstance(definition.get("name"), str):
            label = f"{definition['name']!r} (#{position})"

        def fail(where: str, problem: str) -> FixtureError:
            return FixtureError(f"{source}: fixture {label}: {where or '/'}: {problem}")

        definition = _plain(definition, fail, "")
        error = next(self._validator.iter_errors(definition), None)
        if error is not None:
            raise fail(pointer(*error.instance_path), error.message)
        if ("reply" in definition) == ("replies" in definition):
            raise fail("/", "give either `reply` or `replies` (a sequence)")
        if "replies" in definition and "times" in definition:
            raise fail("/times", "a sequence is used up after its last reply; `times` applies to a single `reply`")
        name = definition.get("name") or f"{Path(source).name}#{position}"
        raw = definition.get("replies") or [definition["reply"]]
        where = "/replies/{}" if "replies" in definition else "/reply"
        for number, reply in enumerate(raw):
            self._check_items(reply, where.format(number), fail)
        replies = tuple(
            _checked_reply(reply, where.format(index), name, fail, self.statuses) for index, reply in enumerate(raw)
        )
        criteria, index = _criteria(definition.get("match", {}), fail)
        times = len(replies) if "replies" in definition else definition.get("times")
        return Fixture(name, source, criteria, index, replies, times, definition)

    def _check_items(self, reply: Any, where: str, fail: Any) -> None:
        for number, item in enumerate(reply.get("items", ()) if isinstance(reply, Mapping) else ()):
            at = f"{where}/items/{number}"
            kind = item.get("type")
            if kind not in self._item_refs:
                known = ", ".join(sorted(self._item_refs))
                raise fail(f"{at}/type", f"{kind!r} is not a hosted-tool output item of the spec ({known})")
            validator = self._item_validator(kind)
            error = next(validator.iter_errors({"id": "placeholder", **item}), None)
            if error is not None:
                raise fail(at + pointer(*error.instance_path), error.message)

    def _item_validator(self, kind: str) -> jsonschema_rs.Validator:
        if kind not in self._items:
            schema = {"components": self._components, "$ref": self._item_refs[kind]}
            self._items[kind] = jsonschema_rs.validator_for(schema)
        return self._items[kind]


def load(paths: Sequence[str | Path], checker: FixtureChecker) -> list[Fixture]:
    """Every fixture of the given files and folders, in order."""
    fixtures = []
    for path in paths:
        for source, definitions in read_definitions(path):
            fixtures += [checker.parse(item, source, number) for number, item in enumerate(definitions, start=1)]
    return fixtures


def read_definitions(path: str | Path) -> list[tuple[str, list[Any]]]:
    """(source, definitions) of a fixture file, or of every fixture file under a folder in path order."""
    path = Path(path)
    if path.is_dir():
        files = sorted(item for item in path.rglob("*") if item.is_file() and item.suffix in FILE_SUFFIXES)
        return [(str(file), _read_file(file)) for file in files]
    if not path.exists():
        raise FixtureError(f"{path}: no such file or folder")
    return [(str(path), _read_file(path))]


def _read_file(path: Path) -> list[Any]:
    if path.suffix == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise FixtureError(f"cannot read {path}: {exc.strerror or exc}") from None
        except UnicodeDecodeError as exc:
            raise FixtureError(f"{path}: not UTF-8 text (byte {exc.start})") from None
        except RecursionError:
            raise FixtureError(f"{path}: not valid JSON: nested too deeply") from None
        except ValueError as exc:
            raise FixtureError(f"{path}: not valid JSON: {exc}") from None
    else:
        try:
            data = read_yaml(path)
        except YamlFileError as exc:
            raise FixtureError(str(exc)) from None
    return definitions_of(data, str(path))


def definitions_of(data: Any, source: str) -> list[Any]:
    """The fixture definitions of a document: `{fixtures: [...]}`, a list of fixtures, or one fixture."""
    if data is None:
        return []
    if isinstance(data, list):
        return data
    if isinstance(data, Mapping) and set(data) == {"fixtures"}:
        if not isinstance(data["fixtures"], list):
            raise FixtureError(f"{source}: /fixtures: must be a list of fixtures")
        return data["fixtures"]
    if isinstance(data, Mapping):
        return [data]
    raise FixtureError(f"{source}: a fixture file holds `fixtures: [...]`, a list of fixtures, or one fixture")


def _plain(value: Any, fail: Any, where: str) -> Any:
    """`value` with string keys (YAML's `1:` is an int key), refusing YAML's .inf and .nan."""
    if isinstance(value, Mapping):
        return {str(key): _plain(item, fail, f"{where}/{key}") for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item, fail, f"{where}/{index}") for index, item in enumerate(value)]
    if isinstance(value, float) and not math.isfinite(value):
        raise fail(where, "must be a finite number")
    return value


def _criteria(match: Mapping[str, Any], fail: Any) -> tuple[list[Criterion], dict[str, Any]]:
    for where, pattern in _regexes(match, "/match"):
        try:
            re.compile(pattern)
        except re.error as exc:
            raise fail(where, f"not a valid regex: {exc}") from None
    return compile_match(match)


def _regexes(value: Any, where: str) -> list[tuple[str, str]]:
    """(pointer, pattern) of every `regex` in a match mapping (the body pointers hold plain values)."""
    found = []
    if isinstance(value, Mapping):
        for key, item in value.items():
            if key == "regex" and isinstance(item, str):
                found.append((f"{where}/regex", item))
            elif key != "body" or where != "/match":
                found += _regexes(item, f"{where}/{key}")
    return found


def _checked_reply(reply: Any, where: str, name: str, fail: Any, statuses: frozenset[int]) -> Reply:
    if isinstance(reply, str):
        return parse_reply(reply)
    content = [key for key in ("text", "refusal", "tool_calls", "items") if key in reply]
    error = reply.get("error")
    if error is not None:
        extra = [key for key in reply if key not in ("error", "latency_ms")]
        if extra:
            raise fail(f"{where}/{extra[0]}", "an error reply holds only `error` and `latency_ms`")
        retry_after = error.get("retry_after")
        if retry_after is not None and error["status"] not in (429, 503):
            raise fail(f"{where}/error/retry_after", "the spec documents Retry-After only on 429 and 503")
        param = error.get("param")
        if isinstance(param, str) and param and not param.startswith("/"):
            raise fail(f"{where}/error/param", f"must be a JSON pointer such as /messages/0, got {param!r}")
        defaults = {"message": f"Error scripted by fixture {name!r}.", "code": "fixture_error"}
        reply = {**reply, "error": {**defaults, **error}}
        return parse_reply(reply)
    if not content:
        raise fail(where, "a reply needs `text`, `refusal`, `tool_calls`, `items` or `error`")
    if "text" in reply and "refusal" in reply:
        raise fail(f"{where}/refusal", "a message is either text or a refusal")
    finish = reply.get("finish_reason")
    if finish == "tool_calls" and "tool_calls" not in reply:
        raise fail(f"{where}/finish_reason", "tool_calls needs `tool_calls`")
    for number, call in enumerate(reply.get("tool_calls", ())):
        arguments = call.get("arguments", {})
        if isinstance(arguments, str) and finish != "length" and not _is_json_object(arguments):
            raise fail(
                f"{where}/tool_calls/{number}/arguments",
                "must be a JSON object (a mapping, or its JSON text); only a reply cut short "
                "(finish_reason: length) may carry partial arguments",
            )
    return parse_reply(reply)


def _is_json_object(text: str) -> bool:
    try:
        return isinstance(json.loads(text), dict)
    except ValueError:
        return False


def _strict(properties: dict[str, Any], required: Sequence[str] = ()) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": list(required), "additionalProperties": False}


_SCRIPTED_ITEMS: Final = frozenset({"message", "function_call"})  # given as text/refusal and tool_calls
_STRING: Final = {"type": "string"}
_NAME: Final = {"type": "string", "minLength": 1}
_COUNT: Final = {"type": "integer", "minimum": 0}
# A string criterion: a string (the field's plain meaning), or {equals | contains | regex: string}.
_TEXT: Final = {
    "type": ["string", "object"],
    "properties": {"equals": _STRING, "contains": _STRING, "regex": _STRING},
    "additionalProperties": False,
    "minProperties": 1,
    "maxProperties": 1,
}


def _fixture_schema(finish_reasons: list[str], error_types: list[str], statuses: list[int]) -> dict[str, Any]:
    match = _strict(
        {
            "endpoint": {"enum": ["chat", "responses"]},
            "model": _TEXT,
            "serving_model": _TEXT,
            "user": _TEXT,
            "system": _TEXT,
            "stream": {"type": "boolean"},
            "tool_result": {
                "type": ["boolean", "object"],
                "properties": {"call_id": _TEXT, "function": _TEXT},
                "additionalProperties": False,
            },
            "tools": {"type": "array", "items": _NAME, "minItems": 1},
            "customer_identifier": _TEXT,
            "thread_identifier": _TEXT,
            "metadata": {"type": "object", "additionalProperties": _TEXT},
            "headers": {"type": "object", "additionalProperties": _TEXT},
            "body": {"type": "object", "propertyNames": {"pattern": "^(/.*)?$"}},
        }
    )
    assert set(match["properties"]) == set(MATCH_KEYS)
    reply = {
        **_strict(
            {
                "text": _STRING,
                "refusal": _STRING,
                "reasoning": _STRING,
                "items": {
                    "type": "array",
                    "minItems": 1,
                    "items": {"type": "object", "required": ["type"], "properties": {"type": _STRING}},
                },
                "tool_calls": {
                    "type": "array",
                    "minItems": 1,
                    "items": _strict(
                        {"name": _NAME, "arguments": {"type": ["object", "string"]}, "id": _NAME}, ["name"]
                    ),
                },
                "finish_reason": {"enum": finish_reasons},
                "usage": _strict({"prompt_tokens": _COUNT, "completion_tokens": _COUNT, "reasoning_tokens": _COUNT}),
                "error": _strict(
                    {
                        "status": {"enum": statuses},
                        "message": _STRING,
                        "type": {"enum": error_types},
                        "code": {"type": ["string", "null"]},
                        "param": {"type": ["string", "null"]},
                        "retry_after": _COUNT,
                    },
                    ["status"],
                ),
                "latency_ms": {"type": "number", "minimum": 0, "maximum": MAX_LATENCY_MS},
                "ttft_ms": {"type": "number", "minimum": 0, "maximum": MAX_LATENCY_MS},
                "tokens_per_second": {"type": "number", "exclusiveMinimum": 0},
                "disconnect_after": _COUNT,
            }
        ),
        "type": ["string", "object"],
    }
    return _strict(
        {
            "name": _NAME,
            "match": match,
            "reply": reply,
            "replies": {"type": "array", "minItems": 1, "items": reply},
            "times": {"type": "integer", "minimum": 1},
        }
    )
