"""What a semantic check is: a rule over one exchange that judges one request parameter. A rule returns None when
the request does not set its parameter (or the answer cannot be judged: an error, a stream cut short), which the
kit reports as skipped, never as passed; otherwise the problems it found, each naming the request field and the
answer field that disagree."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from respan_contract._semantics._exchange import Exchange


@dataclass(frozen=True)
class Problem:
    request: str  # the request field, as a JSON pointer into what was sent (`/n`, `/headers/X-.../models`)
    answer: str  # the answer field that disagrees (`/choices`, `/usage/total_tokens`)
    detail: str  # what is wrong, with the values

    def line(self) -> str:
        return f"request {self.request} vs answer {self.answer}: {self.detail}"


Rule = Callable[[Exchange], "list[Problem] | None"]


@dataclass(frozen=True)
class SemanticCheck:
    name: str
    judges: str  # the request parameter(s) the check judges, as the reports name them
    summary: str  # what a gateway must do, in one sentence
    kinds: tuple[str, ...]  # the operations it applies to ("chat", "responses")
    rule: Rule

    def message(self, problems: list[Problem]) -> str:
        """The failure message: what the check judges, then one line per problem (the first ten)."""
        lines = [f"{self.summary} (judges {self.judges})"]
        lines += [f"- {problem.line()}" for problem in problems[:10]]
        if len(problems) > 10:
            lines.append(f"- ... and {len(problems) - 10} more")
        return "\n".join(lines)
