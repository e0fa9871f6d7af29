"""JSON in and out of the mock, with orjson: strict parsing (no NaN/Infinity, no lone surrogates), compact
output, and canonical bytes (sorted keys) to key answers and the cache."""

from __future__ import annotations

import json
from typing import Any

import orjson


def loads(raw: bytes | str) -> Any:
    """Parse JSON; ValueError (orjson.JSONDecodeError) when it is not valid, strict JSON."""
    return orjson.loads(raw)


def dumps(value: Any) -> bytes:
    try:
        return orjson.dumps(value)
    except TypeError:  # an integer beyond 64 bits (from a config file): the standard library handles it
        return json.dumps(value, separators=(",", ":")).encode()


def canonical(value: Any) -> bytes:
    """The same bytes for equal values whatever their key order."""
    try:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
    except TypeError:
        return json.dumps(value, separators=(",", ":"), sort_keys=True).encode()
