"""Fallbacks: when the requested model fails, `fallback_models` serve in order and the response names the model that
served; when every candidate fails, 424 with the error envelope."""

from __future__ import annotations

from respan_contract.scenarios._base import Scenario
from respan_contract.scenarios._session import Session


def _fallbacks(session: Session) -> None:
    failing = session.profile.failing_model or MISSING_MODEL
    serving = session.profile.model
    for kind in session.kinds():
        breakdown = "request_breakdown" in session.capabilities
        body = session.body(kind, model=failing, fallback_models=[serving], request_breakdown=breakdown)
        response = session.post(kind, body)
        answer = session.json_body(response, session.component(kind), f"{kind}: a failing model with a fallback")
        if answer is None:
            continue
        session.expect(
            answer.get("model") == serving,
            f"{kind}: served by {answer.get('model')!r}, expected the fallback {serving!r}",
            response,
        )
        if breakdown:
            attempts = [(a.get("model"), a.get("status")) for a in answer["request_breakdown"].get("attempts") or []]
            session.expect(
                not attempts or (attempts[0] == (failing, "error") and attempts[-1] == (serving, "success")),
                f"{kind}: request_breakdown.attempts do not show the failed model, then the fallback",
                response,
                str(attempts),
            )
        response = session.post(kind, session.body(kind, model=failing, fallback_models=[failing]))
        session.expect_error(response, 424, f"{kind}: every candidate model fails")


# Used when the profile names no failing model: a model no gateway serves (the probe makes sure it fails).
MISSING_MODEL = "respan-contract-no-such-model"

SCENARIOS = [
    Scenario("fallbacks", ("fallbacks",), "fallback_models serve when the model fails; 424 when all fail", _fallbacks),
]
