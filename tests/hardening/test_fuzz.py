"""Quick runs of the fuzzers of bench/harden_fuzz.py (which runs 100,000 inputs each): the mock's headers and
JSON body path, and the client's stream parsing, never fail other than as documented. Derandomized, so a run
is reproducible; the harness itself is checked to catch what it is meant to catch."""

from __future__ import annotations

import json
from typing import Any

import pytest
from respan_gateway_client.api.chat import create_chat_completion
from respan_mock._chat import ChatEndpoint

from tests.hardening.fuzz_targets import (
    CHAT_BASE,
    MockTarget,
    Request,
    SseTarget,
    fuzz_bodies,
    fuzz_headers,
    fuzz_sse,
    gateway_headers,
)

EXAMPLES = 300


def test_request_headers_never_get_a_server_error() -> None:
    tally = fuzz_headers(EXAMPLES, derandomize=True)
    assert tally.inputs == EXAMPLES
    seen = set(tally.outcomes)
    assert {"chat 200", "chat 400 invalid_header", "chat 401 invalid_api_key"} <= seen


def test_request_bodies_never_get_a_server_error() -> None:
    tally = fuzz_bodies(EXAMPLES, derandomize=True)
    assert tally.inputs == EXAMPLES
    seen = set(tally.outcomes)
    # The inputs reach every stage: rejected JSON, rejected values, answers and streams.
    assert {"chat 400 invalid_json", "chat 400 invalid_value", "chat 200", "chat 200 stream"} <= seen


def test_streams_raise_only_the_clients_errors() -> None:
    tally = fuzz_sse(EXAMPLES, derandomize=True)
    assert tally.inputs == EXAMPLES
    assert any(outcome.endswith("ResponseValidationError") for outcome in tally.outcomes)
    assert any(outcome.endswith("events") and not outcome.endswith(" 0 events") for outcome in tally.outcomes)


def test_the_mock_harness_fails_on_an_exception_in_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    target = MockTarget()
    request = Request("/api/chat/completions", gateway_headers([]), json.dumps(CHAT_BASE).encode())
    target.check(request)

    def broken(self: Any, body: Any, params: Any) -> Any:
        raise KeyError("a bug")

    monkeypatch.setattr(ChatEndpoint, "prepare", broken)
    with pytest.raises(KeyError):
        target.check(request)
    target.close()


def test_the_sse_harness_fails_on_an_exception_the_client_does_not_own(monkeypatch: pytest.MonkeyPatch) -> None:
    target = SseTarget()
    chunk = b'data: {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": []}\n\n'
    target.check("chat", [chunk])

    def broken(payload: Any) -> Any:
        raise AttributeError("a bug")

    monkeypatch.setattr(create_chat_completion._decode_event, "_from_dict", broken)
    with pytest.raises(AttributeError):
        target.check("chat", [chunk])
    target.close()


def test_the_mock_harness_reads_events_whose_text_holds_data_colon() -> None:
    """Found by the long run: a model named `data: x` is echoed in every chunk, which must not split events."""
    target = MockTarget()
    body = {**CHAT_BASE, "model": "data: gpt-4o-mini", "stream": True}
    target.check(Request("/api/chat/completions", gateway_headers([]), json.dumps(body).encode()))
    assert target.tally.outcomes == {"chat 200 stream": 1}
    target.close()
