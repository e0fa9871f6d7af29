"""Request validation: auth, content type, size, JSON, schema (with JSON pointers), headers; never a 500."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from respan_mock import DEV_API_KEY, MockConfig, running

from tests.mock.conformance import Conformance
from tests.mock.helpers import API_KEY, b64, chat_body

SECRET = "sk-very-secret-value"
DEV_AUTH = {"Authorization": f"Bearer {DEV_API_KEY}"}


def error_of(response: httpx.Response) -> dict[str, Any]:
    error: dict[str, Any] = response.json()["error"]
    return error


@pytest.mark.parametrize(
    "authorization", [None, "Bearer wrong-key", f"Basic {API_KEY}", "Bearer", f"Bearer {API_KEY}x"]
)
def test_missing_or_unknown_key_is_401(base_url: str, authorization: str | None) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    response = httpx.post(f"{base_url}/api/chat/completions", json=chat_body(), headers=headers)
    assert response.status_code == 401
    assert error_of(response)["type"] == "authentication_error"


def test_keys_from_the_environment_and_the_dev_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RESPAN_MOCK_API_KEYS", "env-key-1, env-key-2")
    with running(MockConfig()) as url:
        for key, status in (("env-key-1", 200), ("env-key-2", 200), ("mock-key", 401)):
            response = httpx.post(f"{url}/api/chat/completions", json=chat_body(), headers=_bearer(key))
            assert response.status_code == status, key
    monkeypatch.delenv("RESPAN_MOCK_API_KEYS")
    with running(MockConfig()) as url:
        response = httpx.post(f"{url}/api/chat/completions", json=chat_body(), headers=_bearer("mock-key"))
        assert response.status_code == 200


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
def test_non_json_content_type_is_415(client: httpx.Client, content_type: str | None) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post("/api/chat/completions", content=json.dumps(chat_body()), headers=headers)
    assert response.status_code == 415
    assert error_of(response)["param"] == "/headers/Content-Type"


def test_json_with_charset_is_accepted(client: httpx.Client) -> None:
    headers = {"Content-Type": "application/json; charset=utf-8"}
    response = client.post("/api/chat/completions", content=json.dumps(chat_body()), headers=headers)
    assert response.status_code == 200


@pytest.fixture(scope="module")
def small_body_server() -> Iterator[str]:
    with running(MockConfig.from_dict({"api_keys": [API_KEY], "limits": {"max_body_bytes": 2048}})) as url:
        yield url


def test_oversized_body_is_413(small_body_server: str) -> None:
    body = chat_body("x" * 4096)
    response = httpx.post(f"{small_body_server}/api/chat/completions", json=body, headers=_bearer(API_KEY))
    assert response.status_code == 413
    assert "limit is 2048" in error_of(response)["message"]


def test_oversized_chunked_body_is_413(small_body_server: str) -> None:
    payload = json.dumps(chat_body("x" * 4096)).encode()
    chunks = iter([payload[:1000], payload[1000:]])  # no Content-Length: the limit applies while reading
    headers = {**_bearer(API_KEY), "Content-Type": "application/json"}
    response = httpx.post(f"{small_body_server}/api/chat/completions", content=chunks, headers=headers)
    assert response.status_code == 413


def test_body_under_the_limit_is_served(small_body_server: str) -> None:
    response = httpx.post(f"{small_body_server}/api/chat/completions", json=chat_body(), headers=_bearer(API_KEY))
    assert response.status_code == 200


@pytest.mark.parametrize("raw", [b"{", b'{"model": NaN}', b"\xff\xfe{", b""])
def test_malformed_json_is_400(client: httpx.Client, raw: bytes) -> None:
    response = client.post("/api/chat/completions", content=raw, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert error_of(response)["code"] == "invalid_json"


@pytest.mark.parametrize(
    ("body", "param", "reason"),
    [
        (chat_body(temperature=3), "/temperature", "maximum"),
        ({"messages": [{"role": "user", "content": "hi"}]}, "/model", "required"),
        (chat_body(messages=[]), "/messages", "at least 1 item"),
        (chat_body(messages=[{"role": "user"}]), "/messages/0/content", "required"),
        (chat_body(messages=[{"role": "robot", "content": "x"}]), "/messages/0/role", "must be one of"),
        (chat_body(stop=5), "/stop", "allowed forms"),
        (
            chat_body(respan_params={"customer_params": {"customer_identifier": "a", "rate_limit": 0}}),
            "/respan_params/customer_params/rate_limit",
            "minimum",
        ),
        (chat_body(keywordsai_params={"cache_ttl": -1}), "/keywordsai_params/cache_ttl", "minimum"),
        (chat_body(load_balance_models=[{"model": "a", "weight": 0}]), "/load_balance_models/0/weight", "minimum"),
        ([chat_body()], None, "expected object"),
        # An empty key is a path segment too (jsonschema-rs leaves it out: was /credential_override/api_base)
        (
            chat_body(credential_override={"": {"api_key": "k", "api_base": 1.5}}),
            "/credential_override//api_base",
            "string",
        ),
        (chat_body(metadata={"": 1}, credential_override={"": {"": 5}}), "/credential_override//api_key", "required"),
    ],
)
def test_invalid_body_names_the_pointer_and_reason(
    client: httpx.Client, body: Any, param: str | None, reason: str
) -> None:
    response = client.post("/api/chat/completions", json=body)
    assert response.status_code == 400
    error = error_of(response)
    assert error["param"] == param
    assert reason in error["message"]
    assert error["type"] == "invalid_request_error"


def test_invalid_responses_body_names_the_pointer(client: httpx.Client) -> None:
    response = client.post("/api/responses", json={"model": "m", "input": [{"type": "function_call_output"}]})
    assert response.status_code == 400
    assert error_of(response)["param"].startswith("/input/0")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("%%%not-base64%%%", "not valid base64"),
        ("bm90IGpzb24=", "not JSON"),  # "not json"
        ("WzEsIDJd", "not an object"),  # [1, 2]; padding is optional
    ],
)
@pytest.mark.parametrize("header", ["X-Data-Respan-Params", "X-Respan-Params", "X-Data-Keywordsai-Params"])
def test_malformed_params_header_is_400(client: httpx.Client, header: str, value: str, message: str) -> None:
    response = client.post("/api/chat/completions", json=chat_body(), headers={header: value})
    assert response.status_code == 400
    error = error_of(response)
    assert error["param"] == f"/headers/{header}"
    assert message in error["message"]
    assert error["code"] == "invalid_header"


def test_params_header_is_validated_against_respan_params(client: httpx.Client) -> None:
    response = client.post(
        "/api/responses", json={"model": "m", "input": "hi"}, headers={"X-Respan-Params": b64({"cache_ttl": "soon"})}
    )
    assert response.status_code == 400
    assert error_of(response)["param"] == "/headers/X-Respan-Params/cache_ttl"


@pytest.mark.parametrize(
    ("header", "value", "status"),
    [
        ("X-Respan-Beta", "token-breakdown-2026-03-26", 200),
        ("X-Respan-Beta", "token-breakdown-2026-03-26, env-scoped-integrations-2026-03-28", 200),
        ("X-Respan-Beta", "token-breakdown", 400),
        ("X-Respan-Beta", "token-breakdown-2026-03-26,unknown-flag", 400),
        ("X-Respan-Route-Provider", "vertex_ai", 200),
        ("X-Respan-Route-Provider", "Vertex AI!", 400),
    ],
)
def test_documented_headers_are_validated(client: httpx.Client, header: str, value: str, status: int) -> None:
    response = client.post("/api/chat/completions", json=chat_body(), headers={header: value})
    assert response.status_code == status
    if status == 400:
        assert error_of(response)["param"] == f"/headers/{header}"


@pytest.mark.parametrize(
    "body",
    [
        chat_body(customer_credentials={"openai": ""}, credential_override={"openai": SECRET}),
        chat_body(credential_override={"openai": {"api_key": SECRET, "api_base": 5}}),
        chat_body(models=[{"model": "a", "weight": 0, "credentials": {"api_key": SECRET}}]),
        chat_body(respan_params={"customer_credentials": {"anthropic": {"api_key": SECRET, "api_version": []}}}),
    ],
)
def test_errors_never_echo_credentials(client: httpx.Client, body: dict[str, Any]) -> None:
    response = client.post("/api/chat/completions", json=body)
    assert response.status_code == 400
    assert SECRET not in response.text
    assert error_of(response)["param"]


def test_unknown_path_and_method_get_the_error_envelope(client: httpx.Client) -> None:
    missing = client.post("/api/embeddings", json={})
    assert missing.status_code == 404
    assert error_of(missing)["type"] == "not_found_error"
    wrong = client.get("/api/chat/completions")
    assert wrong.status_code == 405
    assert wrong.headers["Allow"] == "POST"
    assert error_of(wrong)["code"] == "method_not_allowed"


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_a_bug_in_the_pipeline_is_a_500_envelope_and_a_logged_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    """The operations bypass Starlette's error middleware (respan_mock._app.MockApp): they answer their own."""

    def broken(*args: Any) -> None:
        raise RuntimeError("planted bug")

    monkeypatch.setattr("respan_mock._chat.ChatEndpoint.prepare", broken)
    handler = _Collect()
    with running(MockConfig()) as url:
        server_log = logging.getLogger("uvicorn.error")  # after the start: uvicorn configures its loggers then
        server_log.addHandler(handler)
        try:
            response = httpx.post(f"{url}/api/chat/completions", json=chat_body(), headers=DEV_AUTH)
            health = httpx.get(f"{url}/_mock/health").json()
        finally:
            server_log.removeHandler(handler)
    assert response.status_code == 500
    assert error_of(response)["code"] == "internal_error"
    assert "planted bug" not in response.text
    assert any(record.exc_info and "planted bug" in str(record.exc_info[1]) for record in handler.records)
    assert health["requests_in_flight"] == 0


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=12,
)
_fields = st.fixed_dictionaries(
    {},
    optional={
        "model": _json | st.text(min_size=1, max_size=10),
        "messages": _json | st.just([{"role": "user", "content": "hi"}]),
        "input": _json,
        "stream": st.booleans(),
        "n": _json,
        "tools": _json,
        "response_format": _json,
        "respan_params": _json,
        "customer_params": _json,
        "load_balance_models": _json,
        "prompt": _json,
    },
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    path=st.sampled_from(["/api/chat/completions", "/api/responses"]),
    body=_fields,
    header=st.text(st.characters(min_codepoint=33, max_codepoint=126), max_size=12),
)
def test_arbitrary_input_never_gets_a_server_error(
    client: httpx.Client, conformance: Conformance, path: str, body: dict[str, Any], header: str
) -> None:
    headers = {"X-Data-Respan-Params": header} if header else {}
    response = client.post(path, json=body, headers=headers)
    assert response.status_code < 500, response.text
    conformance.check(response, path)


def _bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


@pytest.mark.parametrize(
    ("credentials", "param"),
    [
        ({"": {}}, "/customer_credentials//api_key"),
        ({"": {"": {}}}, "/customer_credentials//api_key"),
        ({"": 5}, "/customer_credentials/"),
        ({"openai": {}}, "/customer_credentials/openai/api_key"),
    ],
)
def test_an_error_under_a_member_named_empty_names_it(
    client: httpx.Client, credentials: dict[str, object], param: str
) -> None:
    """jsonschema-rs leaves members named "" out of an error's instance path; the pointer puts them back."""
    response = client.post("/api/responses", json={"model": "m", "input": "hi", "customer_credentials": credentials})
    assert response.status_code == 400
    assert response.json()["error"]["param"] == param
