"""API keys, `customer_credentials` and `credential_override` never appear in what a user sees: the mock's log
(uvicorn's access log included, at the most verbose level), the inspection API, responses and error messages
(including validation errors about those very fields), config errors, and test reports. Unique values are
planted wherever secrets travel, then searched for, as written and inside base64.

Reports: `REPORT_RUNS` lists the tools whose reports are searched. The Schemathesis CLI run here uses
`SANITIZATION` (Schemathesis hides Authorization by default, but not the base64 Respan parameter headers that
carry credentials); the contract kit's configuration has its own list (`respan_contract._property`), and
its run is in `REPORT_RUNS` too."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from respan_contract._serve import serving
from respan_contract.cli import main as contract_main
from respan_mock import MockConfig, create_app
from respan_spec import load_spec

from tests.contract.mutants import stream_without_done
from tests.hardening.planted import Planted, base64_forms, header_value, leaks
from tests.hardening.servers import cli_server

PLANTED = Planted.new()
CHAT = "/api/chat/completions"
RESPONSES = "/api/responses"
PARAM_HEADERS = ("X-Data-Respan-Params", "X-Respan-Params", "X-Data-Keywordsai-Params")


def _chat(**fields: Any) -> dict[str, Any]:
    return {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hello"}], **fields}


# (what, path, body, extra headers): every way a secret reaches the gateway, accepted or rejected.
REQUESTS: list[tuple[str, str, Any, dict[str, str]]] = [
    ("chat, credentials at top level", CHAT, _chat(**PLANTED.credentials()), {}),
    ("chat, credentials under respan_params", CHAT, _chat(respan_params=PLANTED.credentials()), {}),
    ("chat, credentials under keywordsai_params", CHAT, _chat(keywordsai_params=PLANTED.credentials()), {}),
    *(
        (f"chat, credentials in {name}", CHAT, _chat(), {name: header_value(PLANTED.credentials())})
        for name in PARAM_HEADERS
    ),
    ("chat stream", CHAT, _chat(stream=True, **PLANTED.credentials()), {}),
    ("chat, cached twice (miss)", CHAT, _chat(cache_enabled=True, **PLANTED.credentials()), {}),
    ("chat, cached twice (hit)", CHAT, _chat(cache_enabled=True, **PLANTED.credentials()), {}),
    ("responses", RESPONSES, {"model": "gpt-4o-mini", "input": "Hi", **PLANTED.credentials()}, {}),
    (
        "responses stream",
        RESPONSES,
        {"model": "gpt-4o-mini", "input": "Hi", "stream": True},
        {"X-Data-Respan-Params": header_value(PLANTED.credentials())},
    ),
    (
        "invalid: provider credential object with a wrong field",
        CHAT,
        _chat(credential_override={"openai": {"api_key": PLANTED.override_credential, "api_version": []}}),
        {},
    ),
    (
        "invalid: customer_credentials not an object",
        CHAT,
        _chat(customer_credentials=PLANTED.customer_credential),
        {},
    ),
    (
        "invalid: model credentials with a wrong field",
        CHAT,
        _chat(
            load_balance_models=[
                {"model": "a", "weight": 1, "credentials": {"api_key": PLANTED.model_credential, "api_base": 5}}
            ]
        ),
        {},
    ),
    (
        "invalid: header credentials with a wrong field",
        CHAT,
        _chat(),
        {"X-Data-Respan-Params": header_value({**PLANTED.credentials(), "cache_ttl": -1})},
    ),
    ("invalid: header that is no base64", CHAT, _chat(), {"X-Data-Respan-Params": f"{PLANTED.customer_credential}!"}),
    ("invalid body next to credentials", CHAT, {"messages": [], **PLANTED.credentials()}, {}),
    ("every model fails", CHAT, _chat(model="broken-model", **PLANTED.provider_credentials()), {}),
    ("injected 500", CHAT, _chat(**PLANTED.credentials()), {"Prefer": "code=500"}),
]


@dataclass(frozen=True)
class Exchange:
    what: str
    status: int
    text: str  # the response as a user sees it: status, headers and body


@dataclass(frozen=True)
class Session:
    exchanges: list[Exchange]
    inspection: str
    log: str


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    """A `respan-mock serve` at log level debug with its access log, sent every request above, stopped."""
    log = tmp_path_factory.mktemp("secrets") / "mock.log"
    config = tmp_path_factory.mktemp("config") / "config.yaml"
    config.write_text("failures: {broken-model: {message: provider unavailable}}\n")
    env = {"RESPAN_MOCK_API_KEYS": PLANTED.api_key}
    with cli_server(log, ["--log-level", "debug", "--config", str(config)], env=env) as url:
        exchanges = list(_exercise(url))
        inspection = httpx.get(f"{url}/_mock/requests").text
    return Session(exchanges, inspection, log.read_text(errors="replace"))


def _exercise(url: str) -> Iterator[Exchange]:
    with httpx.Client(base_url=url, timeout=30) as http:
        auth = {"Authorization": f"Bearer {PLANTED.api_key}"}
        for what, path, body, headers in REQUESTS:
            yield _record(what, http.post(path, json=body, headers={**auth, **headers}))
        wrong = {"Authorization": f"Bearer {PLANTED.wrong_key}"}
        yield _record("unknown key", http.post(CHAT, json=_chat(), headers=wrong))
        yield _record("key in the query", http.post(CHAT, json=_chat(), params={"api_key": PLANTED.query_key}))


def _record(what: str, response: httpx.Response) -> Exchange:
    headers = "\n".join(f"{name}: {value}" for name, value in response.headers.items())
    return Exchange(what, response.status_code, f"{response.status_code}\n{headers}\n\n{response.text}")


def test_the_search_finds_planted_values_as_written_and_inside_base64() -> None:
    planted = Planted.new()
    assert leaks(f"log line {planted.api_key} end", planted) == ["api_key"]
    for prefix in ("", "x", "xy"):  # every alignment of the secret inside the encoded text
        assert leaks(header_value({"k": prefix + planted.model_credential}), planted) == ["model_credential"]
    assert leaks(header_value(PLANTED.credentials()), planted) == []
    assert all(len(form) >= 20 for form in base64_forms(planted.query_key))


def test_responses_and_error_messages_never_contain_a_secret(session: Session) -> None:
    for exchange in session.exchanges:
        assert leaks(exchange.text, PLANTED) == [], exchange.text
    statuses = {exchange.what: exchange.status for exchange in session.exchanges}
    assert statuses["chat, credentials at top level"] == 200
    assert statuses["every model fails"] == 424
    assert statuses["unknown key"] == statuses["key in the query"] == 401
    rejected = [exchange for exchange in session.exchanges if exchange.what.startswith("invalid")]
    assert {exchange.status for exchange in rejected} == {400}
    # The validation errors are about the credential fields themselves, and say where.
    params = [exchange.text for exchange in rejected]
    assert any('"param":"/credential_override/openai/api_version"' in text for text in params)
    assert any('"param":"/customer_credentials"' in text for text in params)
    assert any('"param":"/load_balance_models/0/credentials/api_base"' in text for text in params)


def test_the_inspection_api_never_contains_a_secret(session: Session) -> None:
    assert leaks(session.inspection, PLANTED) == []
    assert session.inspection.count('"log_id"') == len(REQUESTS) + 2
    assert '"customer_credentials":{"openai":"[redacted]"}' in session.inspection


def test_the_log_never_contains_a_secret(session: Session) -> None:
    assert leaks(session.log, PLANTED) == []
    # The log is the real one: an access line per request, the query string left out.
    assert session.log.count(f'"POST {CHAT} HTTP/1.1"') == len([r for r in REQUESTS if r[1] == CHAT]) + 2
    assert f'"POST {CHAT} HTTP/1.1" 401' in session.log


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (f"api_keys: {PLANTED.api_key}\n", "/api_keys"),
        (f"api_keys: [{PLANTED.api_key}, 7]\n", "/api_keys/1"),
        (f"api_keys: [{PLANTED.api_key}, '']\n", "/api_keys/1"),
        (f"api_keys: [{PLANTED.api_key}\n  - broken\n", "not valid YAML"),
        (f"api_keys: [{PLANTED.api_key}]\nlimits: {{max_body_bytes: [{PLANTED.api_key}}}\n", "not valid YAML"),
    ],
    # Stable test ids (the planted key is random): pytest-xdist's workers must collect the same tests.
    ids=["a scalar", "a list with a number", "a list with an empty key", "a broken list", "a broken limit"],
)
def test_config_errors_never_repeat_a_key(tmp_path: Path, text: str, where: str) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(text)
    command = [sys.executable, "-m", "respan_mock.cli", "serve", "--port", "0", "--config", str(config)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert where in result.stderr
    assert leaks(result.stdout + result.stderr, PLANTED) == []


# Schemathesis hides headers and fields whose name contains a sensitive marker (auth, key, token, secret,
# credential, ...: its defaults, kept), and the exact names listed here, which replace its default list: cookies,
# and the Respan parameter headers, base64 JSON that may hold provider credentials.
SANITIZATION = """\
[output.sanitization]
keys-to-sanitize = ["cookie", "set-cookie", "x-data-respan-params", "x-respan-params", "x-data-keywordsai-params"]
"""


def schemathesis_reports(url: str, work: Path) -> str:
    """A short Schemathesis CLI run with the planted key and credentials; every case fails (a response time
    limit no server meets), so the reports hold full reproductions: requests with their headers and bodies."""
    spec = work / "openapi.json"
    subprocess.run([sys.executable, "-m", "respan_spec", "bundle", "-o", str(spec)], check=True)
    (work / "schemathesis.toml").write_text(SANITIZATION)
    reports = work / "reports"
    command = [
        *(str(Path(sys.executable).parent / "schemathesis"), "--config-file", str(work / "schemathesis.toml")),
        *("run", str(spec), "--url", url, "--phases", "fuzzing", "--max-examples", "3", "--seed", "1"),
        *("--header", f"Authorization: Bearer {PLANTED.api_key}"),
        *("--header", f"X-Data-Respan-Params: {header_value(PLANTED.credentials())}"),
        *("--max-response-time", "0.000001", "--report", "junit,har,ndjson,vcr", "--report-dir", str(reports)),
    ]
    run = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False, cwd=work)
    assert run.returncode == 1, run.stdout + run.stderr  # the failures the reports must reproduce
    text = run.stdout + run.stderr + "".join(path.read_text() for path in sorted(reports.iterdir()))
    assert "Authorization" in text and "[Filtered]" in text  # requests are in the reports, their secrets not
    assert len(load_spec()["paths"]) == text.count("<testcase ")  # a test case per operation in the JUnit report
    return text


def contract_kit_reports(url: str, work: Path) -> str:
    """A short `respan-contract` run with the planted key against a broken mock that accepts it (its chat streams
    lack `[DONE]`), so that the kit reports failures with curl reproductions. The kit's generated headers and
    bodies are random data and shown as they are (exact reproductions); the key must not be."""
    broken_mock = stream_without_done(create_app(MockConfig.from_dict({"api_keys": [PLANTED.api_key]})))
    reports = work / "contract"
    output = io.StringIO()
    with serving(broken_mock) as broken_url, contextlib.redirect_stdout(output):
        options = ["--max-examples", "3", "--phases", "examples,fuzzing", "--seed", "1", "--api-key", PLANTED.api_key]
        status = contract_main(["--base-url", broken_url, "--report-dir", str(reports), *options])
    assert status == 1, output.getvalue()  # the failures the reports must reproduce
    text = output.getvalue() + "".join(path.read_text() for path in sorted(reports.iterdir()))
    assert "Authorization: Bearer $RESPAN_API_KEY" in text  # reproductions leave the key to the environment
    return text


# Report producers: (name, run against a mock URL in a work directory -> everything the user gets to read).
REPORT_RUNS: list[tuple[str, Callable[[str, Path], str]]] = [
    ("schemathesis", schemathesis_reports),
    ("respan-contract", contract_kit_reports),
]


@pytest.mark.parametrize(("name", "produce"), REPORT_RUNS, ids=[name for name, _ in REPORT_RUNS])
def test_reports_never_contain_a_secret(tmp_path: Path, name: str, produce: Callable[[str, Path], str]) -> None:
    env = {"RESPAN_MOCK_API_KEYS": PLANTED.api_key}
    with cli_server(tmp_path / "mock.log", ["--no-access-log"], env=env) as url:
        text = produce(url, tmp_path)
    assert leaks(text, PLANTED) == []
