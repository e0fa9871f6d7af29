"""The kit's semantic checks: a gateway must do what the request asks, not only answer in the right shape. Each
check judges one request parameter on every generated case, JSON answers and streams alike, and is skipped (not
passed) when the request does not set it. `SEMANTIC_CHECKS` lists them; `register()` makes each a Schemathesis
check of the same name."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import schemathesis
from schemathesis import Case, CheckContext
from schemathesis.core.transport import Response

from respan_contract._semantics import choices, errors, formats, routing, tools, usage
from respan_contract._semantics._check import Problem, SemanticCheck
from respan_contract._semantics._exchange import Exchange, exchange_for

SEMANTIC_CHECKS: tuple[SemanticCheck, ...] = (
    *usage.CHECKS,
    *choices.CHECKS,
    *formats.CHECKS,
    *tools.CHECKS,
    *routing.CHECKS,
    *errors.CHECKS,
)
BY_NAME = {check.name: check for check in SEMANTIC_CHECKS}

CheckFunction = Callable[[CheckContext, Response, "Case[Any]"], "bool | None"]


def _schemathesis_check(check: SemanticCheck) -> CheckFunction:
    """`check` as a Schemathesis check: True (Schemathesis' "skipped") when it does not apply, None when it passes,
    an AssertionError naming the disagreeing fields when it fails."""

    def run(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
        exchange = exchange_for(case, response)
        if exchange is None or exchange.kind not in check.kinds:
            return True
        problems = check.rule(exchange)
        if problems is None:
            return True
        if problems:
            raise AssertionError(check.message(problems))
        return None

    run.__name__ = run.__qualname__ = check.name
    run.__doc__ = check.summary
    return run


def register() -> tuple[CheckFunction, ...]:
    """Register every semantic check with Schemathesis (idempotent: the registry keys checks by name)."""
    return tuple(schemathesis.check(_schemathesis_check(check)) for check in SEMANTIC_CHECKS)


__all__ = ["BY_NAME", "SEMANTIC_CHECKS", "Exchange", "Problem", "SemanticCheck", "register"]
