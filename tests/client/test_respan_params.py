"""Respan parameters in the X-Data-Respan-Params header: the codec, per-call and client-wide parameters."""

from __future__ import annotations

import asyncio
import base64
import json

import httpx
import pytest
from respan_gateway_client import (
    LEGACY_RESPAN_PARAMS_HEADER,
    HeaderDecodeError,
    RespanParamsHook,
    decode_respan_params,
    encode_respan_params,
)
from respan_gateway_client.api.chat import create_chat_completion
from respan_gateway_client.models import CustomerParams, PromptParams, RespanParams, RespanParamsMetadata

from tests.client.helpers import Recorder, chat_body, completion, event_stream, mock_client, sse

PARAMS = RespanParams(
    customer_identifier="acme",
    fallback_models=["gpt-4o", "claude-3-5-sonnet"],
    disable_log=True,
    cache_ttl=60,
    prompt=PromptParams(prompt_id="welcome", version="latest"),
    customer_params=CustomerParams(customer_identifier="acme", rate_limit=10),
)


def header_of(request: httpx.Request, name: str = "X-Data-Respan-Params") -> dict[str, object]:
    decoded: dict[str, object] = json.loads(base64.b64decode(request.headers[name]))
    return decoded


def test_encoding_is_base64_of_compact_json() -> None:
    encoded = encode_respan_params(RespanParams(customer_identifier="acme", disable_log=True))
    assert base64.b64decode(encoded) == b'{"disable_log":true,"customer_identifier":"acme"}'


def test_decode_inverts_encode() -> None:
    decoded = decode_respan_params(encode_respan_params(PARAMS))
    assert decoded.to_dict() == PARAMS.to_dict()
    assert isinstance(decoded.prompt, PromptParams)
    assert decoded.prompt.version == "latest"


def test_decode_accepts_unpadded_base64() -> None:
    unpadded = base64.b64encode(b'{"thread_identifier":"t1"}').decode().rstrip("=")
    assert decode_respan_params(unpadded).thread_identifier == "t1"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("%%%", "not standard base64"),
        (base64.b64encode(b"\xff\xfe").decode(), "not UTF-8 JSON"),
        (base64.b64encode(b"[1, 2]").decode(), "must be an object"),
        (base64.b64encode(b'{"prompt": {"variables": {}}}').decode(), "not valid Respan parameters"),
    ],
)
def test_decode_names_what_is_wrong(value: str, reason: str) -> None:
    with pytest.raises(HeaderDecodeError, match=reason):
        decode_respan_params(value)


def test_per_call_params_travel_in_the_header_not_the_body(recorder: Recorder) -> None:
    create_chat_completion.sync(client=mock_client(recorder), body=chat_body(), respan_params=PARAMS)
    assert header_of(recorder.requests[0]) == PARAMS.to_dict()
    assert "customer_identifier" not in recorder.json()


def test_raw_header_and_typed_params_together_are_refused(recorder: Recorder) -> None:
    with pytest.raises(ValueError, match="respan_params or x_data_respan_params"):
        create_chat_completion.sync(
            client=mock_client(recorder),
            body=chat_body(),
            respan_params=PARAMS,
            x_data_respan_params=encode_respan_params(PARAMS),
        )


def test_client_wide_params_reach_every_call_and_the_call_wins_key_by_key(recorder: Recorder) -> None:
    defaults = RespanParams(customer_identifier="acme", metadata=RespanParamsMetadata.from_dict({"team": "search"}))
    client = mock_client(recorder, respan_params=defaults)
    create_chat_completion.sync(client=client, body=chat_body())
    create_chat_completion.sync(client=client, body=chat_body(), respan_params=RespanParams(customer_identifier="bob"))
    assert header_of(recorder.requests[0]) == {"customer_identifier": "acme", "metadata": {"team": "search"}}
    assert header_of(recorder.requests[1]) == {"customer_identifier": "bob", "metadata": {"team": "search"}}


def test_client_wide_params_reach_streams_and_async_calls() -> None:
    handler = Recorder(event_stream(sse("[DONE]")), httpx.Response(200, json=completion()))
    client = mock_client(handler, respan_params=RespanParams(thread_identifier="t-9"))
    list(create_chat_completion.stream_sync(client=client, body=chat_body()))
    asyncio.run(create_chat_completion.asyncio(client=client, body=chat_body()))
    assert [header_of(r)["thread_identifier"] for r in handler.requests] == ["t-9", "t-9"]


def test_legacy_header_for_old_servers(recorder: Recorder) -> None:
    client = mock_client(
        recorder,
        respan_params=RespanParams(customer_identifier="acme"),
        respan_params_header=LEGACY_RESPAN_PARAMS_HEADER,
    )
    create_chat_completion.sync(client=client, body=chat_body(), respan_params=RespanParams(disable_log=True))
    request = recorder.requests[0]
    assert "X-Data-Respan-Params" not in request.headers
    assert header_of(request, LEGACY_RESPAN_PARAMS_HEADER) == {"customer_identifier": "acme", "disable_log": True}


def test_without_any_params_no_header_is_sent(recorder: Recorder) -> None:
    create_chat_completion.sync(client=mock_client(recorder), body=chat_body())
    assert "X-Data-Respan-Params" not in recorder.requests[0].headers


def test_hook_rejects_an_unknown_header_name() -> None:
    with pytest.raises(ValueError, match="header must be"):
        RespanParamsHook(PARAMS, header="X-Respan-Whatever")


def test_hook_names_a_malformed_per_request_header() -> None:
    hook = RespanParamsHook(RespanParams(customer_identifier="acme"))
    request = httpx.Request("POST", "http://gateway.test/", headers={"X-Data-Respan-Params": "%%%"})
    with pytest.raises(HeaderDecodeError, match="X-Data-Respan-Params of this request"):
        hook(request)
