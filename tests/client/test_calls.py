"""Non-stream calls over httpx.MockTransport: typed results, what goes on the wire, typed errors."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
from respan_gateway_client import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    FailedDependencyError,
    GatewayTimeoutError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    RequestTooLargeError,
    RespanError,
    ResponseValidationError,
    ServiceUnavailableError,
    UnsupportedMediaTypeError,
    create_client,
)
from respan_gateway_client.api.chat import create_chat_completion
from respan_gateway_client.api.responses import create_response
from respan_gateway_client.models import ChatCompletion, ChatStreamOptions, Response, RetryParams

from tests.client.helpers import (
    NO_RETRY,
    Recorder,
    chat_body,
    completion,
    mock_client,
    output_text,
    response_object,
    responses_body,
)


def test_sync_returns_the_typed_completion(recorder: Recorder) -> None:
    result = create_chat_completion.sync(client=mock_client(recorder), body=chat_body())
    assert isinstance(result, ChatCompletion)
    assert result.choices[0].message.content == "Hello!"
    assert result.choices[0].finish_reason == "stop"
    assert result.usage and result.usage.total_tokens == 5


def test_detailed_gives_status_headers_and_parsed_body() -> None:
    headers = {"X-Respan-Log-Id": "log-42", "X-Respan-Cache": "hit"}
    handler = Recorder(httpx.Response(200, json=completion(), headers=headers))
    detailed = create_chat_completion.sync_detailed(client=mock_client(handler), body=chat_body())
    assert detailed.status_code == 200
    assert detailed.headers["X-Respan-Log-Id"] == "log-42"
    assert detailed.headers["X-Respan-Cache"] == "hit"
    assert isinstance(detailed.parsed, ChatCompletion)


def test_request_carries_the_key_path_and_only_the_fields_the_caller_set(recorder: Recorder) -> None:
    create_chat_completion.sync(client=mock_client(recorder), body=chat_body(temperature=0.2))
    request = recorder.requests[0]
    assert request.method == "POST"
    assert request.url == "http://gateway.test/api/chat/completions"
    assert request.headers["Authorization"] == "Bearer test-key"
    # No spec default (stream, n, temperature, disable_log, ...) is sent unless the caller set it.
    assert recorder.json() == {
        "model": "gpt-4o-mini",
        "messages": [{"role": "user", "content": "Hi"}],
        "temperature": 0.2,
    }


def test_nested_models_send_no_defaults_either(recorder: Recorder) -> None:
    body = chat_body(stream_options=ChatStreamOptions(include_usage=True), retry_params=RetryParams(retry_enabled=True))
    create_chat_completion.sync(client=mock_client(recorder), body=body)
    sent = recorder.json()
    assert sent["retry_params"] == {"retry_enabled": True}  # no num_retries: 3 / retry_after: 0.2
    assert sent["stream_options"] == {"include_usage": True}


def test_responses_call_returns_the_typed_response() -> None:
    handler = Recorder(httpx.Response(200, json=response_object()))
    result = create_response.sync(client=mock_client(handler), body=responses_body(instructions="Be brief."))
    assert isinstance(result, Response)
    assert result.status == "completed"
    assert output_text(result) == "Hi there"
    assert handler.json() == {"model": "gpt-4o-mini", "input": "Hi", "instructions": "Be brief."}


def test_stream_true_on_a_non_stream_call_is_refused_before_sending(recorder: Recorder) -> None:
    with pytest.raises(ValueError, match="stream_sync"):
        create_chat_completion.sync(client=mock_client(recorder), body=chat_body(stream=True))
    assert recorder.requests == []


def test_async_call_returns_the_typed_completion(recorder: Recorder) -> None:
    async def call() -> ChatCompletion:
        return await create_chat_completion.asyncio(client=mock_client(recorder), body=chat_body())

    assert asyncio.run(call()).choices[0].message.content == "Hello!"
    assert recorder.requests[0].headers["Authorization"] == "Bearer test-key"


ERRORS = [
    (400, BadRequestError, "invalid_request_error", "invalid_value", "/temperature"),
    (401, AuthenticationError, "authentication_error", "invalid_api_key", None),
    (404, NotFoundError, "not_found_error", "prompt_not_found", "/prompt/prompt_id"),
    (413, RequestTooLargeError, "request_too_large", "body_too_large", None),
    (415, UnsupportedMediaTypeError, "unsupported_media_type", "unsupported_media_type", "/headers/Content-Type"),
    (424, FailedDependencyError, "upstream_error", "all_models_failed", None),
    (429, RateLimitError, "rate_limit_error", "customer_rate_limit_exceeded", "/customer_params/rate_limit"),
    (500, InternalServerError, "api_error", "internal_error", None),
    (503, ServiceUnavailableError, "service_unavailable", "overloaded", None),
    (504, GatewayTimeoutError, "timeout_error", "upstream_timeout", None),
]


@pytest.mark.parametrize(("status", "error_class", "error_type", "code", "param"), ERRORS)
def test_error_status_raises_its_typed_error(
    status: int, error_class: type[APIStatusError], error_type: str, code: str, param: str | None
) -> None:
    envelope = {"error": {"message": f"failure {status}", "type": error_type, "param": param, "code": code}}
    handler = Recorder(httpx.Response(status, json=envelope))
    with pytest.raises(error_class) as caught:
        create_chat_completion.sync(client=mock_client(handler, retry_policy=NO_RETRY), body=chat_body())
    error = caught.value
    assert isinstance(error, APIStatusError)
    assert (error.status_code, error.message, error.type, error.code, error.param) == (
        status,
        f"failure {status}",
        error_type,
        code,
        param,
    )
    assert json.loads(error.body) == envelope
    assert f"failure {status}" in str(error)


def test_error_carries_the_request_id_of_the_log_id_header() -> None:
    envelope = {"error": {"message": "slow down", "type": "rate_limit_error", "code": "customer_rate_limit_exceeded"}}
    with_id = Recorder(httpx.Response(429, json=envelope, headers={"X-Respan-Log-Id": "log-99"}))
    without_id = Recorder(httpx.Response(429, json=envelope))
    with pytest.raises(RateLimitError) as caught:
        create_chat_completion.sync(client=mock_client(with_id, retry_policy=NO_RETRY), body=chat_body())
    with pytest.raises(RateLimitError) as caught_without:
        create_chat_completion.sync(client=mock_client(without_id, retry_policy=NO_RETRY), body=chat_body())
    assert caught.value.request_id == "log-99"
    assert str(caught.value) == "429: slow down (code: customer_rate_limit_exceeded, request_id: log-99)"
    assert caught_without.value.request_id is None
    assert str(caught_without.value) == "429: slow down (code: customer_rate_limit_exceeded)"


def test_request_id_without_an_error_code() -> None:
    handler = Recorder(httpx.Response(500, text="boom", headers={"X-Respan-Log-Id": "log-1"}))
    with pytest.raises(InternalServerError) as caught:
        create_chat_completion.sync(client=mock_client(handler, retry_policy=NO_RETRY), body=chat_body())
    assert str(caught.value) == "500: boom (request_id: log-1)"


def test_error_without_the_envelope_keeps_the_raw_body() -> None:
    handler = Recorder(httpx.Response(502, text="<html>bad gateway</html>"))
    with pytest.raises(InternalServerError) as caught:
        create_chat_completion.sync(client=mock_client(handler, retry_policy=NO_RETRY), body=chat_body())
    assert caught.value.status_code == 502
    assert caught.value.message == "<html>bad gateway</html>"
    assert caught.value.code is None
    assert caught.value.body == b"<html>bad gateway</html>"


def test_undocumented_client_error_is_still_an_api_status_error() -> None:
    handler = Recorder(httpx.Response(418, json={"error": {"message": "teapot", "type": "x"}}))
    with pytest.raises(APIStatusError) as caught:
        create_chat_completion.sync(client=mock_client(handler), body=chat_body())
    assert type(caught.value) is APIStatusError
    assert caught.value.message == "teapot"


def test_async_errors_are_typed_too() -> None:
    handler = Recorder(httpx.Response(401, json={"error": {"message": "no key", "type": "authentication_error"}}))

    async def call() -> None:
        await create_chat_completion.asyncio(client=mock_client(handler), body=chat_body())

    with pytest.raises(AuthenticationError, match="no key"):
        asyncio.run(call())


@pytest.mark.parametrize(
    "body",
    [
        json.dumps({"id": "x"}).encode(),
        json.dumps({**completion(), "object": "chat.completion.chunk"}).encode(),
    ],
    ids=["missing-fields", "wrong-const"],
)
def test_a_200_the_spec_does_not_allow_raises_response_validation_error(body: bytes) -> None:
    handler = Recorder(httpx.Response(200, content=body, headers={"content-type": "application/json"}))
    with pytest.raises(ResponseValidationError, match="does not match the spec") as caught:
        create_chat_completion.sync(client=mock_client(handler), body=chat_body())
    assert caught.value.response is not None
    assert caught.value.response.content == body


def test_connection_failure_raises_api_connection_error() -> None:
    handler = Recorder(httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError, match="refused"):
        create_chat_completion.sync(client=mock_client(handler), body=chat_body())
    assert len(handler.requests) == 3  # the first try and two retries


def test_timeout_raises_api_timeout_error() -> None:
    handler = Recorder(httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError):
        create_chat_completion.sync(client=mock_client(handler, retry_policy=NO_RETRY), body=chat_body())


def test_a_missing_api_key_is_a_respan_error_naming_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RESPAN_API_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="set the RESPAN_API_KEY environment variable") as caught:
        create_client()
    assert isinstance(caught.value, RespanError)
    assert isinstance(caught.value, ValueError)  # what callers caught before it joined the hierarchy


@pytest.mark.parametrize(
    ("base_url", "problem"),
    [
        ("api.respan.ai", "must be http(s)://host[:port]"),
        ("127.0.0.1:8000", "must be http(s)://host[:port]"),
        ("ftp://gateway.test", "must be http(s)://host[:port]"),
        ("http://", "must be http(s)://host[:port]"),
        ("http://[::1", "is not a URL: Invalid port"),
    ],
)
def test_a_bad_base_url_is_refused_when_the_client_is_made(
    base_url: str, problem: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RESPAN_BASE_URL", base_url)
    with pytest.raises(RespanError) as caught:
        create_client(api_key="test-key")
    assert str(caught.value).startswith(f"base URL {base_url!r} (base_url= or RESPAN_BASE_URL) {problem}")


def test_an_html_error_page_becomes_a_short_message_with_the_raw_body_kept() -> None:
    page = (
        b"<html><head><title>502</title><style>h1 {color: red}</style></head><body><h1>Bad Gateway</h1></body></html>"
    )
    handler = Recorder(httpx.Response(502, content=page, headers={"content-type": "text/html; charset=utf-8"}))
    with pytest.raises(InternalServerError) as caught:
        create_chat_completion.sync(client=mock_client(handler, retry_policy=NO_RETRY), body=chat_body())
    assert caught.value.message == "502 Bad Gateway (an HTML page, not the gateway's JSON error)"
    assert caught.value.body == page


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<html>maintenance</html>", "the 200 response is not JSON (text/html, 24 bytes): '<html>maintenance</html>'"),
        (b"", "the 200 response is not JSON (text/html, 0 bytes): ''"),
        (b"[1, 2]", "the 200 response is a JSON list, not an object"),
    ],
)
def test_a_200_that_is_not_a_json_object_says_what_it_is(content: bytes, message: str) -> None:
    handler = Recorder(httpx.Response(200, content=content, headers={"content-type": "text/html"}))
    with pytest.raises(ResponseValidationError) as caught:
        create_chat_completion.sync(client=mock_client(handler), body=chat_body())
    assert str(caught.value) == message
    assert caught.value.response is not None
    assert caught.value.response.content == content


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_a_redirect_is_an_api_status_error_naming_where_it_points(status: int) -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(status, headers={"location": "https://gateway.test/api/chat/completions"})

    client = mock_client(handler)
    expected = f"{status}: redirected to https://gateway.test/api/chat/completions: point base_url at the gateway"
    with pytest.raises(APIStatusError) as caught:
        create_chat_completion.sync(client=client, body=chat_body())
    assert str(caught.value).startswith(expected)
    assert len(requests) == 1  # not followed: a redirected POST would lose its body or its method
    with pytest.raises(APIStatusError, match="redirected to"):
        create_chat_completion.stream_sync(client=client, body=chat_body())

    async def call() -> None:
        await create_chat_completion.asyncio(client=client, body=chat_body())

    with pytest.raises(APIStatusError, match="redirected to"):
        asyncio.run(call())


def test_an_undocumented_success_status_is_an_api_status_error() -> None:
    handler = Recorder(httpx.Response(204))
    with pytest.raises(APIStatusError) as caught:
        create_response.sync(client=mock_client(handler), body=responses_body())
    assert (caught.value.status_code, str(caught.value)) == (204, "204: No Content")
