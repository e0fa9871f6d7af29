"""Validation: invalid input gets the documented 4xx with the error envelope, `error.param` pointing at the field;
never a 500."""

from __future__ import annotations

from respan_contract.scenarios._base import Scenario
from respan_contract.scenarios._session import Session


def _validation(session: Session) -> None:
    body = session.body("chat")
    response = session.post("chat", {**body, "temperature": 5})
    session.expect_error(response, 400, "temperature above its maximum", param="/temperature")
    response = session.post("chat", {"model": body["model"]})
    session.expect_error(response, 400, "messages missing")
    response = session.post("chat", {**body, "messages": [{"role": "wizard", "content": "hi"}]})
    session.expect_error(response, 400, "an unknown message role")
    response = session.post(
        "chat", content=b'{"model": "x", "messages": [', headers={"Content-Type": "application/json"}
    )
    session.expect_error(response, 400, "malformed JSON")
    response = session.post("chat", content=b"hello", headers={"Content-Type": "text/plain"})
    session.expect_error(response, 415, "a text/plain body")


SCENARIOS = [
    Scenario(
        "validation", ("validation",), "400 naming the field, malformed JSON 400, wrong media type 415", _validation
    )
]
