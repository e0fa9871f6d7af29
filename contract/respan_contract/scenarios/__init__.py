"""The gateway scenarios, each naming the capability it tests (and any it needs to observe the result)."""

from __future__ import annotations

from respan_contract.scenarios import (
    auth,
    cache,
    conversation,
    params,
    prompts,
    routing,
    semantics,
    streams,
    validation,
)
from respan_contract.scenarios._base import Scenario
from respan_contract.scenarios._session import Session

SCENARIOS: list[Scenario] = [
    *auth.SCENARIOS,
    *validation.SCENARIOS,
    *params.SCENARIOS,
    *streams.SCENARIOS,
    *routing.SCENARIOS,
    *cache.SCENARIOS,
    *prompts.SCENARIOS,
    *conversation.SCENARIOS,
    *semantics.SCENARIOS,
]

__all__ = ["SCENARIOS", "Scenario", "Session"]
