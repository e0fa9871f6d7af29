"""Prompts: `prompt` renders a stored template with its variables (echoed in `prompt_messages`); an unknown prompt is
404 and a missing variable 400. The prompt comes from the profile: no generic gateway has a known one."""

from __future__ import annotations

import json

from respan_contract.scenarios._base import Scenario
from respan_contract.scenarios._session import Session


def _prompts(session: Session) -> None:
    fixture = session.profile.prompt
    assert fixture is not None  # the probe reports "not supported" without one
    prompt = {"prompt_id": fixture.id, "variables": fixture.variables, "echo": True}
    response = session.post("chat", session.body("chat", prompt=prompt))
    answer = session.json_body(response, "ChatCompletion", "a stored prompt with its variables")
    if answer is not None:
        rendered = json.dumps(answer.get("prompt_messages", []))
        session.expect(
            fixture.renders in rendered,
            f"prompt_messages do not hold the rendered text {fixture.renders!r}",
            response,
        )
    unknown = {"prompt_id": "respan-contract-no-such-prompt", "variables": {}}
    session.expect_error(session.post("chat", session.body("chat", prompt=unknown)), 404, "an unknown prompt")
    if fixture.variables:
        missing = {"prompt_id": fixture.id, "variables": {}}
        session.expect_error(
            session.post("chat", session.body("chat", prompt=missing)), 400, "missing prompt variables"
        )


SCENARIOS = [
    Scenario(
        "prompts", ("prompts",), "variables rendered and echoed; unknown prompt 404; missing variable 400", _prompts
    )
]
