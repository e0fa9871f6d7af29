"""A simple deterministic tokenizer: a token is a run of up to six word characters or one punctuation mark,
with the whitespace before it. Joining the tokens of a text gives the text back, so usage counts and
streamed pieces always agree with the content."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Final

_TOKEN: Final = re.compile(r"\s*\w{1,6}|\s*[^\w\s]|\s+")
# Per-message overhead, as OpenAI counts it for chat models.
MESSAGE_OVERHEAD: Final = 3


def tokenize(text: str) -> list[str]:
    return _TOKEN.findall(text)


def count(text: str) -> int:
    return len(_TOKEN.findall(text))


def count_content(content: Any) -> int:
    """Tokens of a message's content: a string, or parts carrying `text`/`refusal`/`output`/`arguments`."""
    if isinstance(content, str):
        return count(content)
    if isinstance(content, list):
        return sum(count_content(part) for part in content)
    if isinstance(content, dict):
        return sum(count(value) for key, value in content.items() if key in _TEXT_KEYS and isinstance(value, str))
    return 0


def count_messages(messages: Iterable[Any]) -> int:
    """Prompt tokens of a conversation: its content plus a fixed overhead per message and per reply."""
    total = MESSAGE_OVERHEAD
    for message in messages:
        total += MESSAGE_OVERHEAD
        if isinstance(message, dict):
            total += count_content(message.get("content")) + count_content(message)
            for call in message.get("tool_calls") or ():
                total += count_content(call.get("function") if isinstance(call, dict) else None)
        else:
            total += count_content(message)
    return total


_TEXT_KEYS: Final = frozenset({"text", "refusal", "output", "arguments", "name"})
