"""Respan parameters: collect them from the body, the `respan_params`/`keywordsai_params` containers and the
base64-JSON headers, and merge them with the documented precedence (first wins), remembering where each came
from so that an error can point at it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from respan_mock._errors import pointer

# Precedence, first wins: top level > respan_params > keywordsai_params > the three headers.
BODY_CONTAINERS: Final = ("respan_params", "keywordsai_params")
PARAM_HEADERS: Final = ("X-Data-Respan-Params", "X-Respan-Params", "X-Data-Keywordsai-Params")
SECRET_PARAMS: Final = frozenset({"customer_credentials", "credential_override"})
REDACTED: Final = "[redacted]"


@dataclass(slots=True)
class RespanParams:
    """The effective Respan parameters of one request and the JSON pointer prefix each one came from."""

    values: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def pointer(self, key: str, *rest: str | int) -> str:
        """Where `key` was given: `/cache_ttl`, `/respan_params/cache_ttl`, `/headers/X-Data-Respan-Params/...`."""
        return self.sources.get(key, "") + pointer(key, *rest)

    def redacted(self) -> dict[str, Any]:
        """The values with every credential replaced by a marker (the provider names stay visible)."""
        return {key: redact(value, key) for key, value in self.values.items()}


def merge(body: Mapping[str, Any], names: Iterable[str], headers: Mapping[str, dict[str, Any]]) -> RespanParams:
    """Merge the parameters named `names` from every source; `headers` maps a header name to its decoded object."""
    names = frozenset(names)
    sources: list[tuple[str, Mapping[str, Any]]] = [("", body)]
    for container in BODY_CONTAINERS:
        nested = body.get(container)
        if isinstance(nested, dict):
            sources.append((pointer(container), nested))
    for header in PARAM_HEADERS:
        if header in headers:
            sources.append((pointer("headers", header), headers[header]))
    merged = RespanParams()
    for prefix, source in sources:
        for key, value in source.items():
            if key in names and key not in merged.values:
                merged.values[key] = value
                merged.sources[key] = prefix
    return merged


def redact(value: Any, key: str = "") -> Any:
    """A copy of `value` with credentials replaced by REDACTED, at any depth."""
    if key in SECRET_PARAMS:
        # The provider names stay visible; a value that is not a map of them (an invalid request's) goes whole.
        return dict.fromkeys(value, REDACTED) if isinstance(value, dict) else REDACTED
    if key in ("credentials", "api_key"):
        return REDACTED
    if isinstance(value, dict):
        return {name: redact(item, name) for name, item in value.items()}
    if isinstance(value, list):
        return [redact(item) for item in value]
    return value
