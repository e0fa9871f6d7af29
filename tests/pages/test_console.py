"""The console at /_mock/, in Chromium, against a real mock server on loopback that the unmodified openai SDK
calls: it lists a chat request and a Responses stream as they arrive, opens each to its body, its merged Respan
parameters with where each came from, every routing attempt and the answer or the stream's events, filters by
status, model and customer, resets, and shows credentials only redacted."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator

import httpx
import openai
import pytest
from playwright.sync_api import Page, expect
from respan_mock import MockConfig, running

from tests.pages.conftest import Watched

KEY = "console-key"
SECRET = "sk-planted-console-secret"
CONFIG = {"api_keys": [KEY], "failures": {"broken-model": {"message": "provider unavailable"}}}


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with running(MockConfig.from_dict(CONFIG)) as url:
        yield url


@pytest.fixture
def sdk(mock_url: str) -> openai.OpenAI:
    httpx.post(f"{mock_url}/_mock/reset").raise_for_status()
    return openai.OpenAI(base_url=f"{mock_url}/api", api_key=KEY, max_retries=0)


def _header(params: dict[str, object]) -> str:
    return base64.b64encode(json.dumps(params).encode()).decode()


def _chat(sdk: openai.OpenAI) -> None:
    sdk.chat.completions.create(
        model="broken-model",
        messages=[{"role": "user", "content": "Say hello in French."}],
        extra_body={
            "customer_identifier": "acme",
            "respan_params": {"fallback_models": ["gpt-4o"], "customer_credentials": {"openai": SECRET}},
        },
        extra_headers={"X-Data-Respan-Params": _header({"thread_identifier": "thread-7", "fallback_models": ["x"]})},
    )


def _responses_stream(sdk: openai.OpenAI) -> list[str]:
    with sdk.responses.stream(
        model="gpt-4o-mini", input="Write a haiku about the sea.", extra_body={"customer_identifier": "globex"}
    ) as stream:
        return [event.type for event in stream]


def _open(page: Page, mock_url: str) -> None:
    page.goto(f"{mock_url}/_mock/")
    page.get_by_role("heading", name="Requests").wait_for()


def _rows(page: Page) -> list[str]:
    return page.locator("#log tbody tr").all_inner_texts()


def test_the_console_lists_opens_and_shows_params_and_events(
    mock_url: str, sdk: openai.OpenAI, watched: Watched
) -> None:
    page = watched.page
    _open(page, mock_url)
    expect(page.locator("#empty")).to_be_visible()
    _chat(sdk)
    expect(page.locator("#log tbody tr")).to_have_count(1)  # the log as it grows, while the page is open
    received = _responses_stream(sdk)
    expect(page.locator("#log tbody tr")).to_have_count(2)
    stream_row, chat_row = _rows(page)  # newest first
    assert "/api/responses" in stream_row and "stream" in stream_row and "200" in stream_row
    assert "/api/chat/completions" in chat_row and "broken-model → gpt-4o" in chat_row

    page.locator("#log tbody tr").nth(1).click()
    detail = page.locator("#detail")
    expect(detail.locator("h2")).to_have_text("POST /api/chat/completions")
    cells = [row.locator("td").all_inner_texts() for row in detail.locator("table.params tbody tr").all()]
    params = {name: (value, source) for name, value, source in cells}
    assert params == {
        "customer_identifier": ('"acme"', "body"),
        "fallback_models": ('["gpt-4o"]', "body respan_params"),
        "customer_credentials": ('{"openai":"[redacted]"}', "body respan_params"),
        "thread_identifier": ('"thread-7"', "X-Data-Respan-Params header"),
    }
    attempts = detail.locator("details", has_text="Routing").locator("tbody tr").all_inner_texts()
    assert [line.split("\t")[:3] for line in attempts] == [["1", "broken-model", "error"], ["2", "gpt-4o", "success"]]
    response = detail.locator("details", has_text="Response").locator("pre").inner_text()
    assert json.loads(response)["model"] == "gpt-4o"
    assert SECRET not in page.content()

    page.locator("#log tbody tr").nth(0).click()
    expect(detail.locator("h2")).to_have_text("POST /api/responses")
    events = detail.locator("ol.events > li")
    expect(events).to_have_count(len(received))
    assert detail.locator(".event-name").all_inner_texts() == received
    assert detail.get_by_text("Stream ended: completed.").count() == 1
    events.first.locator("summary").click()
    assert json.loads(events.first.locator("pre").inner_text())["type"] == "response.created"
    events.first.locator("summary").click()
    watched.screenshot("console.png")
    assert watched.errors == []
    assert watched.off_page(mock_url) == []


def test_the_console_filters_by_status_model_and_customer(mock_url: str, sdk: openai.OpenAI, watched: Watched) -> None:
    _chat(sdk)
    _responses_stream(sdk)
    with pytest.raises(openai.BadRequestError):
        sdk.chat.completions.create(model="gpt-4o-mini", messages=[])
    page = watched.page
    _open(page, mock_url)
    rows = page.locator("#log tbody tr")
    expect(rows).to_have_count(3)
    page.select_option("#filter-status", "4xx")
    expect(rows).to_have_count(1)
    assert "400" in rows.first.inner_text() and "invalid_value" in rows.first.inner_text()
    page.select_option("#filter-status", "")
    page.select_option("#filter-model", "gpt-4o")  # the serving model of the chat request's fallback
    expect(rows).to_have_count(1)
    assert "/api/chat/completions" in rows.first.inner_text()
    page.select_option("#filter-model", "")
    page.select_option("#filter-customer", "globex")
    expect(rows).to_have_count(1)
    assert "/api/responses" in rows.first.inner_text()
    page.select_option("#filter-customer", "(none)")
    expect(rows).to_have_count(1)
    assert "400" in rows.first.inner_text()
    expect(page.locator("#count")).to_have_text("1 of 3")
    assert watched.errors == []


def test_the_console_resets_the_mock(mock_url: str, sdk: openai.OpenAI, watched: Watched) -> None:
    _chat(sdk)
    page = watched.page
    _open(page, mock_url)
    expect(page.locator("#log tbody tr")).to_have_count(1)
    page.click("#reset")
    expect(page.locator("#reset")).to_have_text("Click to confirm")
    assert len(httpx.get(f"{mock_url}/_mock/requests").json()["requests"]) == 1  # one click alone does nothing
    page.click("#reset")
    expect(page.locator("#log tbody tr")).to_have_count(0)
    expect(page.locator("#empty")).to_be_visible()
    assert httpx.get(f"{mock_url}/_mock/requests").json()["requests"] == []
    _chat(sdk)  # a reset made elsewhere (another client) is followed too
    expect(page.locator("#log tbody tr")).to_have_count(1)
    httpx.post(f"{mock_url}/_mock/reset").raise_for_status()
    expect(page.locator("#log tbody tr")).to_have_count(0)
    assert watched.errors == []


def test_a_request_body_is_shown_as_text_never_as_markup(mock_url: str, sdk: openai.OpenAI, watched: Watched) -> None:
    markup = '<img src=x onerror="document.title=\'pwned\'"><b id="injected">bold</b>'
    sdk.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": markup}])
    page = watched.page
    _open(page, mock_url)
    page.locator("#log tbody tr").first.click()
    expect(page.locator("#detail pre").first).to_contain_text('<b id=\\"injected\\">bold</b>')
    assert page.locator("#injected").count() == 0
    assert page.title() != "pwned"
