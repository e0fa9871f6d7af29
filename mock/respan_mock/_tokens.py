"""A simple deterministic tokenizer: a token is a run of up to six word characters or one punctuation mark,
with the whitespace before it. Joining the tokens of a text gives the text back, so usage counts and
streamed pieces always agree with the content."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

_TOKEN: Final = re.compile(r"\s*\w{1,6}|\s*[^\w\s]|\s+")
# Per-message overhead, as OpenAI counts it for chat models.
MESSAGE_OVERHEAD: Final = 3


def tokenize(text: str) -> list[str]:
    return _TOKEN.findall(text)


def count(text: str) -> int:
    return len(_TOKEN.findall(text))


def count_messages(messages: Sequence[Any]) -> int:
    """Prompt tokens of a conversation: the tokens of every text in it (content, names, tool calls and
    results), plus a fixed overhead per message and per reply."""
    texts: list[str] = []
    for message in messages:
        content = message.get("content") if isinstance(message, dict) else None
        if isinstance(content, str) and len(message) == 2:  # the common {role, content}: no walk needed
            texts.append(content)
        else:
            _collect(message, texts)
    return MESSAGE_OVERHEAD * (len(messages) + 1) + sum(len(_TOKEN.findall(text)) for text in texts)


def _collect(value: Any, texts: list[str]) -> None:
    """Gather the texts of a message, content part or tool call: strings, and `_TEXT_KEYS` of objects."""
    if isinstance(value, str):
        texts.append(value)
    elif isinstance(value, list):
        for item in value:
            _collect(item, texts)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key in _TEXT_KEYS:
                _collect(item, texts)


# Keys holding text the model reads: message content and parts, names, tool calls and their results.
_TEXT_KEYS: Final = frozenset(
    {"content", "text", "refusal", "output", "arguments", "name", "tool_calls", "function", "summary"}
)
