"""One difference between two versions of the spec, and the rule that decides whether it breaks clients."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

# Which way the data flows where a schema is used: a request is written by clients and read by the gateway,
# a response is written by the gateway and read by clients.
Direction = Literal["request", "response"]

# How a change moves the set of values a schema accepts. "both" is for changes we cannot order (a new pattern,
# a different type): some old values are rejected and some new ones appear.
Shift = Literal["tightened", "loosened", "both"]

# Keep-a-changelog section a change is listed under.
Category = Literal["added", "changed", "deprecated", "removed"]


@dataclass(frozen=True)
class Change:
    """A difference between two specs, where it is, and whether it breaks existing clients."""

    operation: str  # operationId, or "POST /path" when the operation has none
    location: str  # e.g. "request body application/json: messages[].content"
    subject: str  # the nearest named component and the path inside it, e.g. "UserMessage.content"
    category: Category
    message: str  # e.g. "maximum lowered from 2 to 1.5"
    breaking: bool


def shift_breaks(shift: Shift, direction: Direction) -> bool:
    """Whether a change of accepted values breaks clients.

    Tightening a request rejects calls that used to work; loosening a response hands clients values their
    code (and the generated client's strict parsing of enums and types) has never seen.
    """
    if shift == "both":
        return True
    return (shift == "tightened") == (direction == "request")


def group_changes(changes: list[Change]) -> dict[tuple[Category, bool, str, str], list[Change]]:
    """The same change of one component (category, breaking, subject, message) with every place it shows."""
    groups: dict[tuple[Category, bool, str, str], list[Change]] = defaultdict(list)
    for change in changes:
        groups[(change.category, change.breaking, change.subject, change.message)].append(change)
    return dict(groups)
