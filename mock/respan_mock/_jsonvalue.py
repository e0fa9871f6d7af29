"""A small generator of example values from a JSON Schema (for tool arguments and structured output).

It knows every keyword OpenAI's strict structured outputs allow (type, properties/required, items/prefixItems,
enum/const, bounds and multipleOf, lengths, pattern (a string the regular expression matches, drawn with rstr),
format, $ref/$defs recursion, allOf/anyOf/oneOf) and degrades on anything else: an unknown construct yields a
plain value instead of an error, because the schema comes from the caller and may be anything."""

from __future__ import annotations

import math
import random
import re
from decimal import Decimal
from typing import Any, Final

import rstr

MAX_DEPTH: Final = 8  # below this, objects get only their required properties and arrays their minimum
GIVE_UP_DEPTH: Final = 16  # a required self-reference has no finite value: stop with null
_PATTERN_TRIES: Final = 8  # samples of a pattern that must also fit minLength/maxLength
_WORDS: Final = ("alpha", "bravo", "delta", "echo", "gamma", "kilo", "lima", "nova", "orbit", "sierra")
_FORMATS: Final = {
    "date-time": "2026-01-01T12:00:00Z",
    "date": "2026-01-01",
    "time": "12:00:00Z",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "uri": "https://example.com/resource",
    "url": "https://example.com/resource",
    "iri": "https://example.com/resource",
    "uri-reference": "/resource",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "duration": "P1D",
}


def example_value(schema: Any, rng: random.Random) -> Any:
    """A value valid against `schema` for the constructs this module knows, deterministic for a given `rng`."""
    return _Generator(schema, rng).value(schema, 0)


class _Generator:
    def __init__(self, root: Any, rng: random.Random) -> None:
        self._root = root
        self._rng = rng

    def value(self, schema: Any, depth: int) -> Any:
        if depth > GIVE_UP_DEPTH:
            return None
        if not isinstance(schema, dict):
            return None if schema is False else self._word()
        schema = self._flatten(schema, depth)
        if "const" in schema:
            return schema["const"]
        enum = schema.get("enum")
        if isinstance(enum, list) and enum:
            return enum[self._rng.randrange(len(enum))]
        kind = self._type(schema)
        if kind == "object":
            return self._object(schema, depth)
        if kind == "array":
            return self._array(schema, depth)
        if kind == "integer":
            return self._integer(schema)
        if kind == "number":
            return self._number(schema)
        if kind == "boolean":
            return self._rng.random() < 0.5
        if kind == "null":
            return None
        return self._string(schema)

    def _flatten(self, schema: dict[str, Any], depth: int) -> dict[str, Any]:
        """Resolve a local $ref, merge allOf, and take the first usable anyOf/oneOf branch."""
        for _ in range(MAX_DEPTH):
            ref = schema.get("$ref")
            if isinstance(ref, str):
                target = self._resolve(ref)
                rest = {key: value for key, value in schema.items() if key != "$ref"}
                schema = {**target, **rest} if isinstance(target, dict) else rest
                continue
            all_of = schema.get("allOf")
            if isinstance(all_of, list):
                merged = {key: value for key, value in schema.items() if key != "allOf"}
                for part in all_of:
                    if isinstance(part, dict):
                        merged = _merge(merged, self._flatten(part, depth + 1))
                schema = merged
                continue
            for keyword in ("oneOf", "anyOf"):
                branches = schema.get(keyword)
                if isinstance(branches, list):
                    usable = [branch for branch in branches if isinstance(branch, dict)]
                    if depth >= MAX_DEPTH:  # deep in a recursive schema: prefer a branch that ends it (null, ...)
                        usable = sorted(usable, key=lambda branch: "$ref" in branch)
                    rest = {key: value for key, value in schema.items() if key != keyword}
                    schema = _merge(rest, usable[0]) if usable else rest
                    break
            else:
                return schema
        return schema

    def _resolve(self, ref: str) -> Any:
        if not ref.startswith("#"):
            return {}
        node = self._root
        for part in ref.removeprefix("#").strip("/").split("/"):
            if not part:
                continue
            part = part.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                return {}
        return node

    @staticmethod
    def _type(schema: dict[str, Any]) -> str:
        kind = schema.get("type")
        if isinstance(kind, list):
            named = [item for item in kind if isinstance(item, str)]
            kind = next((item for item in named if item != "null"), named[0] if named else None)
        if isinstance(kind, str):
            return kind
        if "properties" in schema or "required" in schema:
            return "object"
        if "items" in schema or "prefixItems" in schema:
            return "array"
        return "string"

    def _object(self, schema: dict[str, Any], depth: int) -> dict[str, Any]:
        properties = schema.get("properties")
        properties = properties if isinstance(properties, dict) else {}
        listed = schema.get("required")
        required = [name for name in listed if isinstance(name, str)] if isinstance(listed, list) else []
        names = required + [name for name in properties if name not in required]
        if depth >= MAX_DEPTH:
            names = required
        result = {name: self.value(properties.get(name, {}), depth + 1) for name in names}
        wanted = _int(schema.get("minProperties")) or 0
        extra = schema.get("additionalProperties", True)
        index = 0
        while len(result) < wanted and extra is not False and index < 1000:
            result.setdefault(f"field_{index}", self.value(extra if isinstance(extra, dict) else {}, depth + 1))
            index += 1
        return result

    def _array(self, schema: dict[str, Any], depth: int) -> list[Any]:
        low = _int(schema.get("minItems")) or 0
        high = _int(schema.get("maxItems"))
        count = max(low, 0 if depth >= MAX_DEPTH else 1)
        if high is not None:
            count = min(count, max(high, 0))
        prefix = schema.get("prefixItems")
        prefix = prefix if isinstance(prefix, list) else []
        items = schema.get("items", {})
        result = []
        for index in range(min(count, 1000)):
            item_schema = prefix[index] if index < len(prefix) else items
            result.append(self.value(item_schema, depth + 1))
        return result

    def _integer(self, schema: dict[str, Any]) -> int:
        low, high = _bounds(schema, integer=True)
        step = schema.get("multipleOf")
        if isinstance(step, int) and not isinstance(step, bool) and step > 0:
            start = low if low is not None else (high - 100 * step if high is not None else 0)
            return int(math.ceil(start / step) * step)
        low_i = int(low) if low is not None else (int(high) - 100 if high is not None else 0)
        high_i = int(high) if high is not None else low_i + 100
        return self._rng.randint(low_i, max(low_i, high_i))

    def _number(self, schema: dict[str, Any]) -> float:
        low, high = _bounds(schema, integer=False)
        if low is None:
            low = high - 100.0 if high is not None else 0.0
        if high is None:
            high = low + 100.0
        step = _number_or_none(schema.get("multipleOf"))
        if step is not None and step > 0:
            if low <= 0 <= high:
                return 0.0  # a multiple of every step, free of rounding
            count = math.ceil(low / step) if math.ceil(low / step) * step <= high else math.floor(high / step)
            return float(Decimal(str(step)) * count)
        return round(low + (high - low) * self._rng.random(), 4) if high > low else low

    def _string(self, schema: dict[str, Any]) -> str:
        low = _int(schema.get("minLength")) or 0
        high = _int(schema.get("maxLength"))
        pattern = schema.get("pattern")
        if isinstance(pattern, str):
            for _ in range(_PATTERN_TRIES):
                text = pattern_string(pattern, self._rng)
                if text is not None and low <= len(text) <= (high if high is not None else len(text)):
                    return text
        format_name = schema.get("format")
        text = _FORMATS.get(format_name, "") if isinstance(format_name, str) else ""
        if not text:
            text = " ".join(self._word() for _ in range(self._rng.randint(1, 3)))
        if len(text) < low:
            text = text.ljust(min(low, 100_000), "x")
        if high is not None and len(text) > high:
            text = text[: max(high, 0)]
        return text

    def _word(self) -> str:
        return _WORDS[self._rng.randrange(len(_WORDS))]


def pattern_string(pattern: str, rng: random.Random) -> str | None:
    """A string that `pattern` matches (anchored or not, as JSON Schema's `pattern` searches), or None when the
    expression cannot be sampled (invalid, or a construct rstr does not draw)."""
    try:
        compiled = re.compile(pattern)
        text = rstr.Rstr(rng).xeger(pattern)
    except (re.error, ValueError, TypeError, IndexError, OverflowError, RecursionError):
        return None
    return text if compiled.search(text) else None


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    merged = {**base, **extra}
    for key in ("properties",):
        if isinstance(base.get(key), dict) and isinstance(extra.get(key), dict):
            merged[key] = {**base[key], **extra[key]}
    if isinstance(base.get("required"), list) and isinstance(extra.get("required"), list):
        merged["required"] = base["required"] + [name for name in extra["required"] if name not in base["required"]]
    return merged


def _int(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return int(value)


def _number_or_none(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


def _bounds(schema: dict[str, Any], *, integer: bool) -> tuple[float | None, float | None]:
    """Inclusive (low, high) from minimum/maximum and their exclusive forms."""
    nudge = 1.0 if integer else 0.001
    low = _number_or_none(schema.get("minimum"))
    high = _number_or_none(schema.get("maximum"))
    exclusive_low = _number_or_none(schema.get("exclusiveMinimum"))
    exclusive_high = _number_or_none(schema.get("exclusiveMaximum"))
    if exclusive_low is not None:
        candidate = math.floor(exclusive_low) + 1 if integer else exclusive_low + nudge
        low = candidate if low is None else max(low, candidate)
    if exclusive_high is not None:
        candidate = math.ceil(exclusive_high) - 1 if integer else exclusive_high - nudge
        high = candidate if high is None else min(high, candidate)
    if integer:
        low = math.ceil(low) if low is not None else None
        high = math.floor(high) if high is not None else None
    return low, high
