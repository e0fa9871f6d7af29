"""The fixtures in force, in order (first match wins), with their use counts, and an index that keeps a request
no fixture matches about as cheap as with no fixtures at all: each fixture is filed under one key it requires
(the user message it must equal, a text the user message must contain, or its model), so a request is checked
only against the fixtures filed under its own keys and those with no key."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from typing import Any, Final

import ahocorasick

from respan_mock._errors import shown
from respan_mock._fixtures import Fixture, FixtureChecker
from respan_mock._match import RequestView
from respan_mock._replies import Reply, with_speed

ENDPOINTS: Final = ("chat", "responses")


class FixtureTable:
    """Fixtures from files (restored by reset) and added at run time (forgotten by reset)."""

    def __init__(self, checker: FixtureChecker, loaded: Sequence[Fixture] = (), *, strict: bool, speed: float) -> None:
        self.checker = checker
        self.strict = strict
        self.speed = speed
        self._ids = itertools.count(1)
        self._loaded = list(loaded)
        for fixture in self._loaded:
            fixture.id = self._new_id()
        self._fixtures: list[Fixture] = []
        self._indexes = {endpoint: _Index() for endpoint in ENDPOINTS}
        self.reset()

    @property
    def active(self) -> bool:
        """Whether requests need to consult the table (fixtures loaded, or strict mode)."""
        return self.strict or bool(self._fixtures)

    def __len__(self) -> int:
        return len(self._fixtures)

    def fixtures(self) -> list[Fixture]:
        return list(self._fixtures)

    def add_definitions(self, definitions: Sequence[Any], source: str, *, first: bool = False) -> list[Fixture]:
        """Check every definition, then add them all (none when one is invalid: FixtureError). One without a
        name is named by its id."""
        parsed = [self.checker.parse(item, source, number) for number, item in enumerate(definitions, start=1)]
        self.add(parsed, first=first)
        for fixture in parsed:
            if "name" not in fixture.definition:
                fixture.name = fixture.id
        return parsed

    def add(self, fixtures: Iterable[Fixture], *, first: bool = False) -> None:
        added = list(fixtures)
        for fixture in added:
            fixture.id = self._new_id()
            fixture.used = 0
        if first:
            self._fixtures = added + self._fixtures
            self._rebuild()
            return
        for fixture in added:
            fixture.order = self._fixtures[-1].order + 1 if self._fixtures else 0
            self._fixtures.append(fixture)
            self._file(fixture)

    def remove(self, fixture_id: str) -> bool:
        kept = [fixture for fixture in self._fixtures if fixture.id != fixture_id]
        if len(kept) == len(self._fixtures):
            return False
        self._fixtures = kept
        self._rebuild()
        return True

    def clear(self) -> None:
        self._fixtures = []
        self._rebuild()

    def reset(self) -> None:
        """Back to the fixtures the server started with, none of them used yet."""
        for fixture in self._loaded:
            fixture.used = 0
        self._fixtures = list(self._loaded)
        self._rebuild()

    def find(self, view: RequestView) -> tuple[Fixture, int, Reply] | None:
        """The first fixture that matches and is not used up, the number of its reply, and the reply (its delays
        scaled by the speed factor); counts the use."""
        for fixture in self._indexes[view.endpoint].candidates(view):
            if fixture.remaining == 0:
                continue
            if all(criterion.test(view) for criterion in fixture.criteria):
                position, reply = fixture.next_reply()
                fixture.used += 1
                return fixture, position, with_speed(reply, self.speed)
        return None

    def explain_miss(self, view: RequestView) -> str:
        """Strict mode's message for a request no fixture matched: the closest fixture and why it did not match."""
        head = "No fixture matched this request (strict mode)"
        if not self._fixtures:
            return f"{head}, and no fixture is loaded."
        best: tuple[int, int, Fixture, list[str]] | None = None
        for fixture in self._fixtures:
            failed = [f"{c.field}: {c.why(view)}" for c in fixture.criteria if not c.test(view)]
            if fixture.remaining == 0:
                failed.append(f"used up: it answered {fixture.used} request(s) (times: {fixture.times})")
            rank = (-len(failed), len(fixture.criteria) - len(failed))  # fewest failures, then most criteria met
            if best is None or rank > (best[0], best[1]):
                best = (rank[0], rank[1], fixture, failed)
        assert best is not None
        fixture, failed = best[2], best[3]
        return f"{head}. The closest is {shown(fixture.name)} ({fixture.source}): " + "; ".join(failed) + "."

    def _new_id(self) -> str:
        return f"fx{next(self._ids)}"

    def _rebuild(self) -> None:
        self._indexes = {endpoint: _Index() for endpoint in ENDPOINTS}
        for order, fixture in enumerate(self._fixtures):
            fixture.order = order
            self._file(fixture)

    def _file(self, fixture: Fixture) -> None:
        endpoint = fixture.index.get("endpoint")
        for name in (endpoint,) if endpoint else ENDPOINTS:
            self._indexes[name].add(fixture)


class _Index:
    """The fixtures of one endpoint, each filed under one key it requires (or none): the exact user message, a
    text the user message must contain (all of them found in one pass of an Aho-Corasick automaton), the model."""

    def __init__(self) -> None:
        self.user_equals: dict[str, list[Fixture]] = {}
        self.user_contains: dict[str, list[Fixture]] = {}
        self.models: dict[str, list[Fixture]] = {}
        self.rest: list[Fixture] = []
        self._automaton: Any = None  # of the user_contains texts; built at the first lookup after a change

    def add(self, fixture: Fixture) -> None:
        keys = fixture.index
        if "user_equals" in keys:
            self.user_equals.setdefault(keys["user_equals"], []).append(fixture)
        elif keys.get("user_contains"):
            self.user_contains.setdefault(keys["user_contains"], []).append(fixture)
            self._automaton = None
        elif "model" in keys:
            self.models.setdefault(keys["model"], []).append(fixture)
        else:
            self.rest.append(fixture)

    def candidates(self, view: RequestView) -> list[Fixture]:
        """The fixtures that may match `view`, in table order."""
        found: list[Fixture] = []
        text = view.user_text if self.user_equals or self.user_contains else None
        if text is not None:
            found.extend(self.user_equals.get(text, ()))
            if self.user_contains:
                for needle in {needle for _, needle in self._texts().iter(text)}:
                    found.extend(self.user_contains[needle])
        if self.models and isinstance(view.model, str):
            found.extend(self.models.get(view.model, ()))
        if not found:
            return self.rest
        found.extend(self.rest)
        found.sort(key=_order)
        return found

    def _texts(self) -> Any:
        if self._automaton is None:
            automaton = ahocorasick.Automaton()
            for needle in self.user_contains:
                automaton.add_word(needle, needle)
            automaton.make_automaton()
            self._automaton = automaton
        return self._automaton


def _order(fixture: Fixture) -> int:
    return fixture.order
