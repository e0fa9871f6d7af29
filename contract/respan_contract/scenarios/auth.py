"""Auth: a request without a key, or with an unknown key, is refused with 401 and the error envelope."""

from __future__ import annotations

from respan_contract.scenarios._base import Scenario
from respan_contract.scenarios._session import Session


def _refuses_missing_and_wrong_keys(session: Session) -> None:
    for kind in session.kinds():
        body = session.body(kind)
        session.expect_error(session.post(kind, body, auth=False), 401, f"{kind}: no Authorization header")
        wrong = {"Authorization": "Bearer respan-contract-wrong-key"}
        session.expect_error(session.post(kind, body, headers=wrong), 401, f"{kind}: an unknown API key")
        response = session.post(kind, body)
        session.expect_status(response, 200, f"{kind}: the kit's API key")


SCENARIOS = [
    Scenario(
        "auth",
        ("auth",),
        "401 without a key and with an unknown key; 200 with the key",
        _refuses_missing_and_wrong_keys,
    )
]
