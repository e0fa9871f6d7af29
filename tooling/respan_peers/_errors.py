"""The one error the peers raise: its message says what was wrong and what to do."""

from __future__ import annotations


class PeerError(Exception):
    """A peer cannot be started; the message names the cause (and the peer's own output, when it has some)."""
