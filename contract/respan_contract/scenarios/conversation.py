"""Conversations: a stored response's `id` continues the conversation as `previous_response_id`; an unknown id is
404."""

from __future__ import annotations

from respan_contract.scenarios._base import Scenario
from respan_contract.scenarios._session import Session


def _conversation(session: Session) -> None:
    first = session.post("responses", session.body("responses", "Remember the word 'teal'."))
    created = session.json_body(first, "Response", "the first response")
    if created is None:
        return
    follow_up = session.body("responses", "Which word?", previous_response_id=created["id"])
    second = session.post("responses", follow_up)
    continued = session.json_body(second, "Response", "a response continuing the first")
    if continued is not None:
        session.expect(
            continued.get("previous_response_id") == created["id"],
            "the continuation does not name its previous_response_id",
            second,
        )
        session.expect(continued.get("id") != created["id"], "the continuation reuses the first response's id", second)
    unknown = session.body("responses", "Hello?", previous_response_id="resp_respan_contract_unknown")
    session.expect_error(session.post("responses", unknown), 404, "an unknown previous_response_id")


SCENARIOS = [
    Scenario(
        "conversation", ("conversation",), "previous_response_id continues a response; unknown id 404", _conversation
    )
]
