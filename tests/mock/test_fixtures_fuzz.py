"""Fixture definitions made by Hypothesis, near-valid and broken alike, sent to POST /_mock/fixtures: each is
refused with a 400 naming what is wrong, or accepted, and then a chat and a Responses request it matches, streamed
or not, are answered as the spec says (the reply is rendered for both endpoints), with no server error it did not
script."""

from __future__ import annotations

from typing import Any

import httpx
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.mock.conformance import Conformance
from tests.mock.helpers import AUTH

JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 10**6) | st.floats(-1e3, 1e6, allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)
TEXT = st.sampled_from(["fuzz", {"contains": "fu"}, {"regex": "^f.*z$"}, {"equals": "fuzz"}])
MATCH = st.fixed_dictionaries(
    {"user": TEXT},
    optional={
        "endpoint": st.sampled_from(["chat", "responses"]),
        "model": st.sampled_from(["gpt-4o-mini", {"contains": "mini"}]),
        "stream": st.booleans(),
        "tool_result": st.just(False),
        "body": st.just({"/model": "gpt-4o-mini"}),
    },
)
CALL = st.fixed_dictionaries(
    {"name": st.sampled_from(["get_weather", "lookup"])},
    optional={"arguments": st.sampled_from([{"city": "Paris"}, "{}", "{not json", {}]), "id": st.just("call_1")},
)
ITEM = st.sampled_from(
    [
        {"type": "web_search_call", "status": "completed", "action": {"type": "search", "query": "q"}},
        {"type": "file_search_call", "status": "completed", "queries": ["q"], "results": None},
        {"type": "image_generation_call", "status": "completed", "result": None},
        {"type": "mcp_list_tools", "server_label": "docs", "tools": []},
    ]
)
CONTENT = st.fixed_dictionaries(
    {},
    optional={
        "reasoning": st.text(max_size=10),
        "items": st.lists(ITEM, min_size=1, max_size=2),
        "tool_calls": st.lists(CALL, min_size=1, max_size=2),
        "finish_reason": st.sampled_from(["stop", "length", "tool_calls", "content_filter"]),
        "usage": st.fixed_dictionaries(
            {}, optional={"prompt_tokens": st.integers(0, 10**6), "completion_tokens": st.integers(0, 10**6)}
        ),
        "latency_ms": st.sampled_from([0, 1]),
        "ttft_ms": st.sampled_from([0, 2]),
        "tokens_per_second": st.sampled_from([1e6, 5000]),
        "disconnect_after": st.integers(0, 5),
    },
)
REPLY = st.one_of(
    st.builds(lambda reply, text: {**reply, "text": text}, CONTENT, st.text(max_size=30)),
    st.builds(lambda reply, refusal: {**reply, "refusal": refusal}, CONTENT, st.text(max_size=10)),
    st.fixed_dictionaries(
        {
            "error": st.fixed_dictionaries(
                {"status": st.sampled_from([400, 401, 404, 429, 500, 503])},
                optional={"message": st.text(max_size=10), "code": st.none() | st.text(max_size=5)},
            )
        },
        optional={"latency_ms": st.sampled_from([0, 1])},
    ),
)
VALID = st.one_of(
    st.fixed_dictionaries(
        {"match": MATCH, "reply": REPLY}, optional={"name": st.sampled_from(["a", "w"]), "times": st.integers(1, 3)}
    ),
    st.fixed_dictionaries({"match": MATCH, "replies": st.lists(REPLY, min_size=1, max_size=3)}),
)
# One field of a near-valid fixture, or of its reply, replaced by any JSON value.
BROKEN = st.one_of(
    st.builds(lambda f, key, junk: {**f, key: junk}, VALID, st.sampled_from(["match", "reply", "name", "times"]), JSON),
    st.builds(
        lambda f, key, junk: {**f, "reply": {**f.get("reply", {}), key: junk}},
        VALID,
        st.sampled_from(["text", "items", "tool_calls", "finish_reason", "usage", "error", "disconnect_after"]),
        JSON,
    ),
)
REQUESTS: list[tuple[str, dict[str, Any]]] = [
    ("/api/chat/completions", {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "fuzz"}]}),
    ("/api/responses", {"model": "gpt-4o-mini", "input": "fuzz"}),
]


@settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(definition=VALID | BROKEN | JSON)
def test_any_fixture_is_refused_by_name_or_answered_as_the_spec_says(
    mock_server: str, conformance: Conformance, definition: Any
) -> None:
    with httpx.Client(base_url=mock_server, headers=AUTH, timeout=30) as http:
        http.delete("/_mock/fixtures").raise_for_status()
        added = http.post("/_mock/fixtures", json={"fixtures": [definition]})
        event(f"fixture {added.status_code}")
        if added.status_code != 201:
            assert added.status_code == 400, added.text
            error = added.json()["error"]
            assert error["code"] == "invalid_fixture" and error["message"].startswith("request: fixture "), added.text
            return
        replies = definition.get("replies") or [definition["reply"]]
        for path, body in REQUESTS:
            for stream in (False, True):
                try:
                    answer = http.post(path, json={**body, "stream": stream})
                except httpx.RemoteProtocolError:  # a stream cut as scripted
                    assert stream and any("disconnect_after" in reply for reply in replies), definition
                    continue
                scripted_error = any("error" in reply for reply in replies)  # may be a 5xx: `error: {status: 503}`
                assert answer.status_code < 500 or scripted_error, (path, stream, answer.text)
                conformance.check(answer, path)  # status, headers, body or every event: as the spec says
