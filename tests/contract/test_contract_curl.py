"""curl reproductions replay the request as it was sent: the API key from $RESPAN_API_KEY, provider credentials
replaced by a placeholder of the same type (a string for a string, the object kept), so that a valid request stays
valid (`[Filtered]` in place of an object made `/credential_override: expected object, got string`)."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
from collections.abc import Iterator

import httpx
import pytest
from respan_contract._curl import PLACEHOLDER, curl_command, redacted
from respan_mock import MockConfig, running

from tests.contract.mutants import API_KEY, CONFIG

SECRET = "sk-planted-0123456789"
BODY = {
    "model": "gpt-4o-mini",
    "messages": [{"role": "user", "content": "Hi"}],
    "customer_credentials": {"openai": {"api_key": SECRET}},
    "credential_override": {"anthropic": SECRET},
    "load_balance_models": [{"model": "gpt-4o", "weight": 1, "credentials": {"api_key": SECRET}}],
    "respan_params": {"customer_credentials": {"openai": SECRET}},
}


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with running(MockConfig.from_file(CONFIG)) as url:
        yield url


def test_credentials_keep_their_shape() -> None:
    cleaned = redacted({**BODY, "credential_override": {"x": 5}})
    assert cleaned["customer_credentials"] == {"openai": {"api_key": PLACEHOLDER}}
    assert cleaned["load_balance_models"][0] == {
        "model": "gpt-4o",
        "weight": 1,
        "credentials": {"api_key": PLACEHOLDER},
    }
    assert cleaned["credential_override"] == {"x": 5}  # an invalid value stays invalid
    assert cleaned["messages"] == BODY["messages"]


def test_a_reproduction_replays_as_sent(mock_url: str) -> None:
    request = httpx.Request(
        "POST",
        f"{mock_url}/api/chat/completions?api_key={SECRET}",
        json=BODY,
        headers={"Authorization": f"Bearer {API_KEY}"},
    )
    command = curl_command(request)
    assert SECRET not in command and API_KEY not in command
    assert "$RESPAN_API_KEY" in command
    sent = json.loads(shlex.split(command)[shlex.split(command).index("--data-binary") + 1])
    assert sent["credential_override"] == {"anthropic": PLACEHOLDER}
    replay = subprocess.run(
        ["sh", "-c", command + " -w '\\n%{http_code}'"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "RESPAN_API_KEY": API_KEY},
        check=True,
    )
    body, status = replay.stdout.rsplit("\n", 1)
    assert status == "200", body
    assert json.loads(body)["object"] == "chat.completion"


@pytest.mark.parametrize("body", [b"\x00", b'{"model": "\xff"}', b"100% 'quoted' \\ \n"])
def test_a_body_no_argument_can_hold_is_piped_byte_for_byte(body: bytes) -> None:
    command = curl_command(httpx.Request("POST", "http://127.0.0.1:9/api/responses", content=body))
    if b"\x00" in body or b"\xff" in body:
        assert command.startswith("printf '") and "--data-binary @-" in command
        written = subprocess.run(["sh", "-c", command.split(" | ")[0]], capture_output=True, check=True).stdout
        assert written == body
    else:
        assert shlex.split(command)[-2] == body.decode()
