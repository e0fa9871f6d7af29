"""The one error publishing raises: its message says what was wrong and what to do."""

from __future__ import annotations


class PublishError(Exception):
    """Building or publishing cannot go on; the message names the cause and the fix."""
