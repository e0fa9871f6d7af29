"""Base64-JSON header values: the standard-alphabet base64 of a compact JSON object (X-Data-Respan-Params)."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from typing import Any


class HeaderDecodeError(ValueError):
    """A header value is not base64 of a JSON object; the message says which part is wrong."""


def encode_json_header(value: Mapping[str, Any]) -> str:
    """Encode a JSON object as a header value: base64 (padded) of compact UTF-8 JSON."""
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def decode_json_header(value: str) -> dict[str, Any]:
    """Decode a header value made by `encode_json_header` (padding optional, like the gateway accepts)."""
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise HeaderDecodeError(f"not standard base64: {exc}") from exc
    try:
        decoded = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise HeaderDecodeError(f"base64 of something that is not UTF-8 JSON: {exc}") from exc
    if not isinstance(decoded, dict):
        raise HeaderDecodeError(f"base64 JSON must be an object, got {type(decoded).__name__}")
    return decoded
