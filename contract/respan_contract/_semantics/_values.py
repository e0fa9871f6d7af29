"""Small readers of request and answer values that tolerate anything: a check judges only values of the type the
spec gives them (a fuzzed request may carry any JSON), and never raises on a malformed answer (the shape checks
report those)."""

from __future__ import annotations

import json
import re
from typing import Any

# A dated or numbered snapshot of a model: gpt-4o-mini-2024-07-18, gpt-4-0613, claude-3-5-sonnet-20241022.
_SNAPSHOT = re.compile(r"-(\d{4}-\d{2}-\d{2}|\d{8}|\d{4}|\d{3})")


def as_int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def choices(answer: dict[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    """(position, choice) of a ChatCompletion's choices that are objects."""
    return [(i, choice) for i, choice in enumerate(as_list(answer.get("choices"))) if isinstance(choice, dict)]


def message(choice: dict[str, Any]) -> dict[str, Any]:
    return as_dict(choice.get("message"))


def content(choice: dict[str, Any]) -> str | None:
    text = message(choice).get("content")
    return text if isinstance(text, str) else None


def tool_calls(choice: dict[str, Any]) -> list[dict[str, Any]]:
    return [call for call in as_list(message(choice).get("tool_calls")) if isinstance(call, dict)]


def output_items(answer: dict[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    """(position, item) of a Response's output items that are objects."""
    return [(i, item) for i, item in enumerate(as_list(answer.get("output"))) if isinstance(item, dict)]


def output_texts(item: dict[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    """(position, part) of the `output_text` parts of a Response message item."""
    if item.get("type") != "message":
        return []
    return [
        (i, part)
        for i, part in enumerate(as_list(item.get("content")))
        if isinstance(part, dict) and part.get("type") == "output_text" and isinstance(part.get("text"), str)
    ]


def parses(text: str) -> tuple[bool, Any]:
    try:
        return True, json.loads(text)
    except ValueError:
        return False, None


def names_model(answered: Any, model: str) -> bool:
    """Whether an answer's `model` names `model`: the same name, without a `provider/` prefix, or a dated
    snapshot of it (a provider answers `gpt-4o-mini` with `gpt-4o-mini-2024-07-18`)."""
    if not isinstance(answered, str):
        return False
    for name in {model, model.split("/", 1)[-1]}:
        if answered == name or (answered.startswith(name) and _SNAPSHOT.fullmatch(answered[len(name) :])):
            return True
    return False


def shorten(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
