"""Injected faults: per request through the `Prefer` header (in the spirit of Prism: `code=503`, `latency=250`,
`disconnect-after=3`, `retry-after=0`), and per model from the config's `failures` (fail always, or the next N
attempts then succeed)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from respan_mock._errors import ApiError
from respan_mock.config import Failure

MAX_LATENCY_MS: Final = 60_000
_SEPARATOR: Final = re.compile(r"[,;]")


@dataclass(frozen=True)
class Fault:
    """What the Prefer header asked for; the defaults mean "behave normally"."""

    code: int | None = None
    latency_ms: int = 0
    disconnect_after: int | None = None
    retry_after: int | None = None


NO_FAULT: Final = Fault()


def parse_prefer(value: str | None, documented: frozenset[int]) -> Fault:
    """Parse `Prefer: code=503, latency=250, disconnect-after=3, retry-after=0`; other preferences are ignored."""
    if not value:
        return NO_FAULT
    settings: dict[str, int] = {}
    for item in _SEPARATOR.split(value):
        name, _, raw = item.partition("=")
        name = name.strip().lower()
        if name not in ("code", "latency", "disconnect-after", "retry-after"):
            continue
        raw = raw.strip().strip('"')
        if not raw.isdigit():
            raise ApiError(
                400, f"Prefer: {name} must be a non-negative integer", code="invalid_header", param="/headers/Prefer"
            )
        settings[name] = int(raw)
    code = settings.get("code")
    if code is not None and code != 200 and code not in documented:
        allowed = ", ".join(str(status) for status in sorted(documented | {200}))
        raise ApiError(400, f"Prefer: code must be one of {allowed}", code="invalid_header", param="/headers/Prefer")
    latency = settings.get("latency", 0)
    if latency > MAX_LATENCY_MS:
        raise ApiError(
            400, f"Prefer: latency is at most {MAX_LATENCY_MS} ms", code="invalid_header", param="/headers/Prefer"
        )
    return Fault(
        code=None if code == 200 else code,
        latency_ms=latency,
        disconnect_after=settings.get("disconnect-after"),
        retry_after=settings.get("retry-after"),
    )


class FailureSchedule:
    """The config's failing models, with the count of failures left for those that fail N times."""

    def __init__(self, failures: Mapping[str, Failure]) -> None:
        self._failures = failures
        self._left: dict[str, int] = {}
        self.reset()

    def may_fail(self, model: str) -> bool:
        return model in self._failures

    def next_failure(self, model: str) -> Failure | None:
        """The failure of this attempt at `model`, or None when it succeeds."""
        failure = self._failures.get(model)
        if failure is None:
            return None
        if failure.times is None:
            return failure
        left = self._left.get(model, 0)
        if left <= 0:
            return None
        self._left[model] = left - 1
        return failure

    def reset(self) -> None:
        self._left = {model: f.times for model, f in self._failures.items() if f.times is not None}
