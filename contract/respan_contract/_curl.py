"""A curl command that repeats an HTTP request: the API key left to an environment variable, provider credentials
replaced by a placeholder of the same type (so that the request replays as it was sent, valid or not)."""

from __future__ import annotations

import json
import shlex
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

API_KEY_VARIABLE = "RESPAN_API_KEY"
PLACEHOLDER = "[Filtered]"
# Body keys whose string values are provider credentials, and the query parameter that may carry the API key.
SECRET_KEYS = frozenset({"customer_credentials", "credential_override", "credentials", "api_key"})
# Headers curl sets itself, or that only describe the test client.
_LEFT_OUT = frozenset(
    {"host", "content-length", "accept-encoding", "connection", "user-agent", "accept", "x-schemathesis-testcaseid"}
)


def curl_command(request: httpx.Request) -> str:
    return replay_command(request.method, str(request.url), request.headers.items(), request.content)


def replay_command(method: str, url: str, headers: Any, body: bytes | None) -> str:
    """The curl command of a request; `headers` is an iterable of (name, value) pairs."""
    parts = ["curl", "-sS", "-X", method]
    for name, value in headers:
        if name.lower() in _LEFT_OUT:
            continue
        if name.lower() == "authorization":
            # Double quotes so the shell expands the variable; the key itself never lands in a report.
            parts += ["-H", f'"Authorization: Bearer ${API_KEY_VARIABLE}"']
            continue
        parts += ["-H", shlex.quote(f"{name}: {value}")]
    piped = ""
    if body:
        text = _redacted_body(body)
        if "\x00" in text or "\ufffd" in text:
            # A body no shell argument can hold (a NUL byte, bytes that are not UTF-8): printf writes it to stdin.
            piped = f"printf '{_printf_escaped(body)}' | "
            parts += ["--data-binary", "@-"]
        else:
            parts += ["--data-binary", shlex.quote(text)]
    parts.append(shlex.quote(_redacted_url(url)))
    return piped + " ".join(parts)


def _printf_escaped(body: bytes) -> str:
    """`body` as a printf format that writes it back byte for byte (octal escapes for all but plain characters)."""
    plain = {*range(0x20, 0x7F)} - {ord("%"), ord("\\"), ord("'")}
    return "".join(chr(byte) if byte in plain else f"\\{byte:03o}" for byte in body)


def redacted(value: Any, secret: bool = False) -> Any:
    """`value` with every string under a secret key replaced by the placeholder; objects, lists and values of
    other types keep their shape, so the request stays as valid (or as invalid) as it was."""
    if isinstance(value, Mapping):
        return {key: redacted(item, secret or str(key).lower() in SECRET_KEYS) for key, item in value.items()}
    if isinstance(value, list):
        return [redacted(item, secret) for item in value]
    return PLACEHOLDER if secret and isinstance(value, str) else value


def _redacted_body(body: bytes) -> str:
    text = body.decode("utf-8", errors="replace")
    try:
        parsed = json.loads(body)
    except ValueError:
        return text
    cleaned = redacted(parsed)
    return text if cleaned == parsed else json.dumps(cleaned, ensure_ascii=False)


def _redacted_url(url: str) -> str:
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    if not any(key.lower() in SECRET_KEYS for key, _ in pairs):
        return url
    query = urlencode([(key, PLACEHOLDER if key.lower() in SECRET_KEYS else value) for key, value in pairs])
    return urlunsplit(parts._replace(query=query))
