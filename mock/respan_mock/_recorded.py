"""Recorded exchanges as fixture files: what a request is matched on at replay (endpoint, model, the exact last user
message, whether it ends with a tool result and of which function), the reply (text, refusal, reasoning, tool
calls, usage, finish_reason or the error) and its timing, written as YAML that diffs well (one file per distinct
request, a sequence when the same request came again), with every credential of the request scrubbed."""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import yaml

from respan_mock import _json, _tokens
from respan_mock._errors import ApiError
from respan_mock._match import final_tool_result, last_user_text
from respan_mock._validation import SECRET_KEYS, decode_json_header

REDACTED: Final = "[redacted]"
PARAM_HEADERS: Final = ("x-data-respan-params", "x-respan-params", "x-data-keywordsai-params")
_SECRET_HEADER: Final = re.compile(r"authorization|key|token|secret|cookie|credential", re.IGNORECASE)
_MIN_SECRET: Final = 4  # shorter values are not searched for (they would redact ordinary words)
_STATUS_OF_FINISH: Final = {"max_output_tokens": "length", "content_filter": "content_filter"}


@dataclass
class Exchange:
    """One request and its answer as the proxy saw them (times in seconds from the request's arrival)."""

    endpoint: str  # chat | responses
    path: str
    headers: dict[str, str]  # lower-case names
    query: str
    body: bytes
    status: int = 0
    response_headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    content_type: str = ""
    answer: bytes = b""  # a whole answer
    events: list[tuple[str | None, str, float]] = field(default_factory=list)  # a stream: (event, data, time)
    headers_at: float = 0.0
    finished_at: float = 0.0
    notes: list[str] = field(default_factory=list)  # what could not be recorded as it was

    @property
    def request(self) -> dict[str, Any] | None:
        try:
            value = _json.loads(self.body)
        except ValueError:
            return None
        return value if isinstance(value, dict) else None

    @property
    def streamed(self) -> bool:
        return bool(self.events) or self.content_type.startswith("text/event-stream")


def conversation_of(exchange: Exchange, history: list[Any]) -> list[Any]:
    """What the model saw: chat's messages, or the Responses history then this request's input."""
    request = exchange.request or {}
    if exchange.endpoint == "chat":
        messages = request.get("messages")
        return messages if isinstance(messages, list) else []
    given = request.get("input")
    items = [{"role": "user", "content": given}] if isinstance(given, str) else list(given or [])
    return history + items


def match_of(exchange: Exchange, conversation: list[Any]) -> dict[str, Any]:
    request = exchange.request or {}
    match: dict[str, Any] = {"endpoint": exchange.endpoint}
    if isinstance(request.get("model"), str):
        match["model"] = request["model"]
    user = last_user_text(conversation)
    if user is not None:
        match["user"] = {"equals": user}
    result = final_tool_result(conversation)
    if result is None:
        match["tool_result"] = False
    else:
        match["tool_result"] = {"function": result.function} if result.function else True
    return match


def reply_of(exchange: Exchange) -> tuple[dict[str, Any] | None, Any]:
    """The reply of an exchange (None when it cannot be one) and, for Responses, the output items."""
    if exchange.status == 0:  # no answer
        return None, None
    if exchange.status != 200:
        return _error_reply(exchange), None
    if exchange.endpoint == "chat":
        completion = _chat_from_stream(exchange) if exchange.streamed else json_answer(exchange)
        return (_chat_reply(completion, exchange) if completion else None), None
    response = _final_response(exchange) if exchange.streamed else json_answer(exchange)
    if response is None:
        return None, None
    return _responses_reply(response, exchange), response.get("output")


def json_answer(exchange: Exchange) -> dict[str, Any] | None:
    try:
        value = _json.loads(exchange.answer)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _error_reply(exchange: Exchange) -> dict[str, Any] | None:
    envelope = json_answer(exchange)
    error = envelope.get("error") if envelope else None
    if not isinstance(error, dict):
        exchange.notes.append(f"status {exchange.status} without the error envelope: not recorded")
        return None
    recorded: dict[str, Any] = {"status": exchange.status}
    for key in ("message", "type", "code", "param"):
        if key in error:
            recorded[key] = error[key]
    retry_after = exchange.response_headers.get("retry-after")
    if exchange.status in (429, 503) and retry_after is not None and retry_after.isdigit():
        recorded["retry_after"] = int(retry_after)
    return {"error": recorded, "latency_ms": _ms(exchange.finished_at)}


def _chat_reply(completion: dict[str, Any], exchange: Exchange) -> dict[str, Any] | None:
    choices = completion.get("choices") or []
    if not choices or not isinstance(choices[0], dict):
        exchange.notes.append("an answer without choices: not recorded")
        return None
    if len(choices) > 1:
        exchange.notes.append(f"{len(choices)} choices: only the first is recorded")
    choice = choices[0]
    message = choice.get("message") or {}
    reply: dict[str, Any] = {}
    if isinstance(message.get("refusal"), str):
        reply["refusal"] = message["refusal"]
    elif isinstance(message.get("content"), str) or not message.get("tool_calls"):
        reply["text"] = message.get("content") or ""
    calls = [call.get("function") or {} for call in message.get("tool_calls") or () if isinstance(call, dict)]
    if calls:
        reply["tool_calls"] = [{"name": call.get("name", ""), "arguments": _arguments(call)} for call in calls]
    _finish(reply, choice.get("finish_reason"))
    usage = completion.get("usage")
    if isinstance(usage, dict):
        details = usage.get("completion_tokens_details") or {}
        reply["usage"] = _usage(usage.get("prompt_tokens"), usage.get("completion_tokens"), details)
    return _timed(reply, exchange)


def _responses_reply(response: dict[str, Any], exchange: Exchange) -> dict[str, Any] | None:
    reply: dict[str, Any] = {}
    texts: list[str] = []
    calls: list[dict[str, Any]] = []
    for item in response.get("output") or ():
        kind = item.get("type") if isinstance(item, dict) else None
        if kind == "reasoning":
            summary = [part.get("text", "") for part in item.get("summary") or () if isinstance(part, dict)]
            reply["reasoning"] = "\n".join(summary)
        elif kind == "message":
            for part in item.get("content") or ():
                if isinstance(part, dict) and part.get("type") == "refusal":
                    reply["refusal"] = part.get("refusal", "")
                elif isinstance(part, dict):
                    texts.append(part.get("text", ""))
        elif kind == "function_call":
            calls.append({"name": item.get("name", ""), "arguments": _arguments(item)})
        else:
            exchange.notes.append(f"output item {kind!r}: not recordable yet, left out")
    if "refusal" not in reply and (texts or not calls):
        reply["text"] = "".join(texts)
    if calls:
        reply["tool_calls"] = calls
    details = response.get("incomplete_details") or {}
    reason = details.get("reason") if isinstance(details, dict) else None
    _finish(reply, _STATUS_OF_FINISH.get(str(reason)) if response.get("status") == "incomplete" else None)
    usage = response.get("usage")
    if isinstance(usage, dict):
        details = usage.get("output_tokens_details") or {}
        reply["usage"] = _usage(usage.get("input_tokens"), usage.get("output_tokens"), details)
    return _timed(reply, exchange)


def _finish(reply: dict[str, Any], finish: Any) -> None:
    """Keep a finish_reason only where the reply's default (tool_calls with calls, else stop) is not it."""
    default = "tool_calls" if reply.get("tool_calls") else "stop"
    known = ("stop", "length", "content_filter") + (("tool_calls",) if reply.get("tool_calls") else ())
    if finish != default and finish in known:
        reply["finish_reason"] = finish


def _usage(prompt: Any, completion: Any, details: Mapping[str, Any]) -> dict[str, int]:
    usage = {}
    for key, value in (
        ("prompt_tokens", prompt),
        ("completion_tokens", completion),
        ("reasoning_tokens", details.get("reasoning_tokens") or None),  # 0 is the default: left out
    ):
        if isinstance(value, int) and value >= 0:
            usage[key] = value
    return usage


def _arguments(call: Mapping[str, Any]) -> Any:
    """Arguments as a mapping when they are a JSON object (it diffs better), else as the text they were."""
    text = call.get("arguments", "")
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return text
    return value if isinstance(value, dict) else text


def _timed(reply: dict[str, Any], exchange: Exchange) -> dict[str, Any]:
    """The reply with its timing: a whole answer's total time as latency; for a stream the time to its headers,
    the time from there to the first delta, and the rate that spreads the replay's tokens over the recorded time."""
    if not exchange.streamed:
        reply["latency_ms"] = _ms(exchange.finished_at)
        return reply
    reply["latency_ms"] = _ms(exchange.headers_at)
    deltas = [moment for _, data, moment in exchange.events if _is_delta(exchange.endpoint, data)]
    if not deltas:
        return reply
    reply["ttft_ms"] = _ms(deltas[0] - exchange.headers_at)
    tokens = _replayed_tokens(reply, exchange.endpoint)
    spread = deltas[-1] - deltas[0]
    if tokens > 1 and spread > 0:
        reply["tokens_per_second"] = round((tokens - 1) / spread, 1)
    return reply


def _is_delta(endpoint: str, data: str) -> bool:
    """Whether an event carries generated text (a Responses `*.delta`; a chat delta with content, a refusal or
    arguments)."""
    try:
        event = _json.loads(data)
    except ValueError:
        return False
    if not isinstance(event, dict):
        return False
    if endpoint == "responses":
        return str(event.get("type", "")).endswith(".delta")
    for choice in event.get("choices") or ():
        delta = choice.get("delta") if isinstance(choice, dict) else None
        if isinstance(delta, dict):
            if delta.get("content") or delta.get("refusal"):
                return True
            if any((call.get("function") or {}).get("arguments") for call in delta.get("tool_calls") or ()):
                return True
    return False


def _replayed_tokens(reply: Mapping[str, Any], endpoint: str) -> int:
    """How many deltas the mock sends when it replays `reply` (one per token)."""
    texts = [reply.get("text") or reply.get("refusal") or ""]
    texts += [
        arguments if isinstance(arguments, str) else json.dumps(arguments, ensure_ascii=False)
        for arguments in (call["arguments"] for call in reply.get("tool_calls", ()))
    ]
    if endpoint == "responses" and reply.get("reasoning"):
        texts.append(reply["reasoning"])
    return sum(_tokens.count(text) for text in texts)


def _ms(seconds: float) -> int:
    return max(0, round(seconds * 1000))


def _chat_from_stream(exchange: Exchange) -> dict[str, Any] | None:
    """The completion a chat stream adds up to (its first choice): content, refusal, tool calls by index."""
    content: list[str] = []
    refusal: list[str] = []
    calls: dict[int, dict[str, Any]] = {}
    finish = None
    usage = None
    for _, data, _ in exchange.events:
        try:
            chunk = _json.loads(data)
        except ValueError:
            continue
        if not isinstance(chunk, dict):
            continue
        usage = chunk.get("usage") or usage
        for choice in chunk.get("choices") or ():
            if not isinstance(choice, dict) or choice.get("index") != 0:
                continue
            delta = choice.get("delta") or {}
            if isinstance(delta.get("content"), str):
                content.append(delta["content"])
            if isinstance(delta.get("refusal"), str):
                refusal.append(delta["refusal"])
            for call in delta.get("tool_calls") or ():
                entry = calls.setdefault(call.get("index", 0), {"name": "", "arguments": ""})
                function = call.get("function") or {}
                entry["name"] += function.get("name") or ""
                entry["arguments"] += function.get("arguments") or ""
            finish = choice.get("finish_reason") or finish
    if not content and not refusal and not calls and finish is None:
        return None
    message: dict[str, Any] = {"content": "".join(content) if content or not calls else None}
    if refusal:
        message = {"content": None, "refusal": "".join(refusal)}
    if calls:
        message["tool_calls"] = [{"function": calls[index]} for index in sorted(calls)]
    return {"choices": [{"message": message, "finish_reason": finish}], "usage": usage}


def _final_response(exchange: Exchange) -> dict[str, Any] | None:
    for _, data, _ in reversed(exchange.events):
        try:
            event = _json.loads(data)
        except ValueError:
            continue
        if isinstance(event, dict) and event.get("type") in ("response.completed", "response.incomplete"):
            response = event.get("response")
            return response if isinstance(response, dict) else None
        if isinstance(event, dict) and event.get("type") in ("response.failed", "error"):
            exchange.notes.append(f"the stream ended with {event['type']}: not recorded")
            return None
    exchange.notes.append("the stream has no final response: not recorded")
    return None


# --- credentials ---------------------------------------------------------------------------------------------


def secrets_of(exchange: Exchange) -> set[str]:
    """Every credential the request carried: the Authorization header and other key-like headers, an api_key
    query parameter, and the values of credential fields in the body and in the Respan parameter headers."""
    found: set[str] = set()
    for name, value in exchange.headers.items():
        if _SECRET_HEADER.search(name):
            found.add(value)
            found.update(part for part in value.split() if len(part) >= _MIN_SECRET)
    for pair in exchange.query.split("&"):
        name, _, value = pair.partition("=")
        if _SECRET_HEADER.search(name) and value:
            found.add(value)
    _credential_values(exchange.request, found, inside=False)
    for header in PARAM_HEADERS:
        encoded = exchange.headers.get(header)
        if encoded is not None:
            with contextlib.suppress(ApiError):  # a malformed header: reported as a finding, holds nothing to collect
                _credential_values(decode_json_header(header, encoded), found, inside=False)
    return {secret for secret in found if len(secret) >= _MIN_SECRET}


def _credential_values(value: Any, found: set[str], *, inside: bool) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            _credential_values(item, found, inside=inside or key in SECRET_KEYS)
    elif isinstance(value, list):
        for item in value:
            _credential_values(item, found, inside=inside)
    elif inside and isinstance(value, str | int | float) and not isinstance(value, bool):
        found.add(str(value))


def scrub(value: Any, secrets: Iterable[str]) -> Any:
    """A copy of `value` with credential fields dropped and every secret in a string replaced by REDACTED."""
    ordered = sorted(secrets, key=len, reverse=True)
    return _scrub(value, ordered)


def _scrub(value: Any, secrets: list[str]) -> Any:
    if isinstance(value, dict):
        return {key: _scrub(item, secrets) for key, item in value.items() if key not in SECRET_KEYS}
    if isinstance(value, list):
        return [_scrub(item, secrets) for item in value]
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, REDACTED)
    return value


def scrub_text(text: str, secrets: Iterable[str]) -> str:
    result: str = _scrub(text, sorted(secrets, key=len, reverse=True))
    return result


# --- files ---------------------------------------------------------------------------------------------------


class FixtureWriter:
    """Writes one fixture file per distinct request (its match), in the order they first came; a request that
    comes again adds the next reply of that file's sequence. Numbering continues after files already there."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        numbers = [int(path.name[:4]) for path in folder.glob("[0-9][0-9][0-9][0-9]-*.yaml")]
        self._next = max(numbers, default=0) + 1
        self._files: dict[bytes, tuple[Path, str, dict[str, Any], list[dict[str, Any]]]] = {}

    def add(self, match: dict[str, Any], reply: dict[str, Any], title: str) -> tuple[Path, str]:
        """Add a recorded reply; returns the file and the fixture's name."""
        key = _json.canonical(match)
        entry = self._files.get(key)
        if entry is None:
            name = f"{self._next:04d}-{match['endpoint']}-{_slug(match)}"
            entry = self._files[key] = (self.folder / f"{name}.yaml", name, match, [])
            self._next += 1
        path, name, _, replies = entry
        replies.append(reply)
        fixture: dict[str, Any] = {"name": name, "match": match}
        if len(replies) == 1:
            fixture["reply"] = replies[0]
        else:
            fixture["replies"] = replies
        exchanges = "1 exchange" if len(replies) == 1 else f"{len(replies)} exchanges, replayed in order"
        document = f"# Recorded by respan-mock record: {title} ({exchanges}).\n" + dump_yaml({"fixtures": [fixture]})
        temporary = path.with_suffix(".yaml.tmp")
        temporary.write_text(document, encoding="utf-8")
        temporary.replace(path)
        return path, name


def _slug(match: Mapping[str, Any]) -> str:
    user = match.get("user", {}).get("equals", "")
    result = match.get("tool_result")
    words = re.findall(r"[a-z0-9]+", user.lower())[:6]
    slug = "-".join(words)[:48].strip("-") or "request"
    if isinstance(result, dict):
        slug += f"-after-{re.sub(r'[^a-z0-9]+', '-', str(result['function']).lower()).strip('-')}"
    elif result is True:
        slug += "-after-tool"
    return slug


class _Dumper(yaml.SafeDumper):
    """Block style, a string on one line (not folded), one with line breaks as a literal block: a changed line
    of an answer diffs as one line."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def dump_yaml(document: Any) -> str:
    text: str = yaml.dump(
        document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=2**31, default_flow_style=False
    )
    return text
