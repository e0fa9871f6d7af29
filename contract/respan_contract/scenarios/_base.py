"""A gateway scenario: a named check of one part of the contract, and the capabilities it needs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from respan_contract.scenarios._session import Session


@dataclass(frozen=True)
class Scenario:
    name: str
    needs: tuple[str, ...]  # capabilities; the first one is the scenario's own, the rest its observables
    summary: str
    run: Callable[[Session], None]

    @property
    def capability(self) -> str:
        return self.needs[0]
