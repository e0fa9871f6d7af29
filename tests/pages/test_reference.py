"""The API reference: `make docs` writes it under build/docs/ (Redoc, vendored from the pinned Redocly CLI),
the mock serves the same page at /docs with the spec it validates against at /openapi.json. In Chromium the page
loads without a console error and without a request off the page, and every operation, schema, header, example
and stream event type of the spec can be reached; the spec decisions page is linked from it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Locator, Page
from respan_contract._serve import serving
from respan_docs import VENDORED, build_site, vendored_bundle
from respan_mock import MockConfig, create_app, running
from respan_mock._docs import display_spec
from respan_spec import load_spec

from tests.pages.conftest import Watched, menu_items
from tests.pages.offline import remote_loads

SPEC = load_spec()
OPERATIONS = [
    (path, method, operation)
    for path, item in SPEC["paths"].items()
    for method, operation in item.items()
    if method in ("get", "post", "put", "patch", "delete")
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("docs")
    build_site(output)
    return output


def test_the_site_has_the_reference_the_decisions_and_the_spec(site: Path) -> None:
    assert sorted(path.name for path in site.iterdir()) == ["index.html", "openapi.json", "spec-decisions.html"]
    assert json.loads((site / "openapi.json").read_text()) == SPEC
    reference = (site / "index.html").read_text()
    assert 'href="spec-decisions.html"' in reference
    assert "Deliberate differences from the reference pages" in (site / "spec-decisions.html").read_text()


@pytest.mark.parametrize("name", ["index.html", "spec-decisions.html"])
def test_the_pages_load_nothing_from_off_the_page(site: Path, name: str) -> None:
    assert remote_loads((site / name).read_text()) == []


def test_the_check_finds_what_a_page_would_load_from_elsewhere() -> None:
    page = """<html><head>
    <link href="https://fonts.googleapis.com/css?family=Montserrat" rel="stylesheet">
    <script src="//cdn.example/x.js"></script><style>@import "https://cdn.example/a.css";</style>
    </head><body style="background: url(https://cdn.example/bg.png)">
    <img srcset="a.png 1x, https://cdn.example/b.png 2x">
    <script type="module">import { hydrate } from "https://cdn.example/redoc.js"; import("https://cdn.example/c.js")</script>
    <a href="https://respan.ai">a link is not a load</a><img src="data:image/png;base64,AAAA"></body></html>"""
    assert remote_loads(page) == [
        "https://fonts.googleapis.com/css?family=Montserrat",
        "//cdn.example/x.js",
        "https://cdn.example/a.css",
        "https://cdn.example/bg.png",
        "https://cdn.example/b.png",
        "https://cdn.example/redoc.js",
        "https://cdn.example/c.js",
    ]


def test_the_vendored_redoc_is_the_pinned_clis() -> None:
    assert VENDORED.read_text(encoding="utf-8") == vendored_bundle(), (
        f"{VENDORED} is not what the pinned @redocly/cli gives: run `make vendor-redoc`"
    )


def test_the_displayed_spec_shows_the_stream_events_and_keeps_the_rest() -> None:
    shown = display_spec(SPEC)
    streams = _event_stream_schema_names()
    assert sorted(streams) == ["createChatCompletion", "createResponse"]
    schemas = shown["components"]["schemas"]
    assert "contentSchema" not in json.dumps([schemas[name] for name in streams.values()])
    data = schemas[streams["createResponse"]]["properties"]["data"]
    assert data["$ref"] == "#/components/schemas/ResponseStreamEvent"
    chat = schemas[streams["createChatCompletion"]]["properties"]["data"]["anyOf"]
    assert [item.get("$ref", item.get("const")) for item in chat] == [
        "[DONE]",
        "#/components/schemas/ChatCompletionChunk",
        "#/components/schemas/ErrorResponse",
    ]
    assert schemas["RespanParamsHeader"] == SPEC["components"]["schemas"]["RespanParamsHeader"]  # shown as it is
    assert shown["paths"] == SPEC["paths"]
    assert load_spec() == SPEC  # the spec itself is untouched


def _event_stream_schema_names() -> dict[str, str]:
    """The component schema of one server-sent event, by operationId."""
    return {
        operation["operationId"]: media["schema"]["$ref"].rsplit("/", 1)[1]
        for _, _, operation in OPERATIONS
        for media in [operation["responses"]["200"]["content"].get("text/event-stream")]
        if media is not None
    }


def test_the_static_reference_in_chromium(site: Path, watched: Watched) -> None:
    page = watched.page
    page.goto((site / "index.html").as_uri())
    _wait_for_redoc(page)
    _check_reachable(page, SPEC)
    page.goto((site / "index.html").as_uri())
    _wait_for_redoc(page)
    watched.screenshot("reference.png")
    _open_operation(page, next(op for _, _, op in OPERATIONS if op["operationId"] == "createResponse"))
    _show_stream_events(page)
    watched.screenshot("reference-stream-events.png")
    assert watched.errors == []
    assert watched.off_page("file://") == []
    page.get_by_role("link", name="Spec decisions").click()
    page.get_by_role("heading", name="Deliberate differences from the reference pages").wait_for()
    watched.screenshot("spec-decisions.png")
    assert watched.errors == []
    assert watched.off_page("file://") == []


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with running(MockConfig(api_keys=("pages-key",))) as url:
        yield url


def test_the_mock_serves_the_reference_and_the_spec(mock_url: str, watched: Watched) -> None:
    assert httpx.get(f"{mock_url}/openapi.json").json() == SPEC
    page = watched.page
    page.goto(f"{mock_url}/docs")
    _wait_for_redoc(page)
    _check_reachable(page, SPEC)
    page.get_by_role("link", name="Spec decisions").click()
    page.get_by_role("heading", name="Deliberate differences from the reference pages").wait_for()
    page.get_by_role("link", name="Console").click()
    page.get_by_role("heading", name="Requests").wait_for()
    assert watched.errors == []
    assert watched.off_page(mock_url) == []


def test_the_mock_documents_the_spec_it_was_created_with() -> None:
    spec = load_spec()
    spec["info"]["title"] = "A gateway of my own"
    with serving(create_app(MockConfig(), spec)) as url:
        assert httpx.get(f"{url}/openapi.json").json() == spec
        page = httpx.get(f"{url}/docs")
        trailing = httpx.get(f"{url}/docs/", follow_redirects=True)
    assert page.headers["content-type"].startswith("text/html")
    assert "<title>A gateway of my own reference</title>" in page.text
    assert trailing.status_code == 200
    assert remote_loads(page.text) == []


def _wait_for_redoc(page: Page) -> None:
    """Redoc has drawn the spec and built its search index (the search box no longer says "Loading...")."""
    page.get_by_role("heading", name=SPEC["info"]["title"]).first.wait_for()
    page.wait_for_function("() => !document.querySelector('#redoc').innerText.includes('Loading...')")


def _open_operation(page: Page, operation: dict[str, Any]) -> None:
    """Follow the reference's link to an operation (Redoc's: #/<tag>/<operationid>)."""
    page.locator(f"a[href='#/{operation['tags'][0]}/{operation['operationId'].lower()}']").first.click()
    page.get_by_role("heading", name=operation["summary"]).first.wait_for()


def _check_reachable(page: Page, spec: dict[str, Any]) -> None:
    """Every operation (its page and the headers it takes and returns), request and response example, schema
    (the Schemas section of the sidebar) and stream event type."""
    for path, _, operation in OPERATIONS:
        _open_operation(page, operation)
        text = page.inner_text("body")
        assert path in text
        for parameter in operation.get("parameters", []):
            name = _resolve(spec, parameter)["name"]
            assert name in text, f"{operation['operationId']}: header {name} not shown"
        for header in operation["responses"]["200"].get("headers", {}):
            assert header in text, f"{operation['operationId']}: response header {header} not shown"
        request = operation["requestBody"]["content"]["application/json"]
        shown = menu_items(page, _drop_down(page, _summary(spec, next(iter(request["examples"].values())))))
        for example in request["examples"].values():
            assert _summary(spec, example) in shown, f"{operation['operationId']}: example not offered"
        for media_type, media in operation["responses"]["200"]["content"].items():
            _choose_response_media(page, media_type)
            examples = [_summary(spec, example) for example in media.get("examples", {}).values()]
            if len(examples) > 1:
                offered = menu_items(page, _drop_down(page, examples[0]).last)
                assert set(examples) <= set(offered), f"{operation['operationId']} {media_type}: {offered}"
            elif examples:  # one example: Redoc shows its value, without its summary
                value = _resolve(spec, next(iter(media["examples"].values())))["value"]
                first = next(item for item in value.values() if isinstance(item, str))
                assert json.dumps(first) in page.inner_text("body"), f"{operation['operationId']} {media_type}"
    page.get_by_role("link", name="Schemas").first.click()
    page.get_by_text("Show ", exact=False).filter(has_text="more").first.click()
    hrefs = page.eval_on_selector_all("a[href^='#/schemas/']", "links => links.map(link => link.getAttribute('href'))")
    listed = {href.removeprefix("#/schemas/") for href in hrefs}
    assert {name.lower() for name in spec["components"]["schemas"]} <= listed
    _check_stream_event_types(page, spec)


def _check_stream_event_types(page: Page, spec: dict[str, Any]) -> None:
    """The Responses stream's 200 lists every event type of ResponseStreamEvent; the chat stream's data is a
    chunk, an error or [DONE]."""
    operations = {operation["operationId"]: operation for _, _, operation in OPERATIONS}
    _open_operation(page, operations["createResponse"])
    _show_stream_events(page)
    union = spec["components"]["schemas"]["ResponseStreamEvent"]
    types = [_resolve(spec, member)["properties"]["type"]["const"] for member in union["oneOf"]]
    offered = menu_items(page, _drop_down(page, types[0]).first)
    assert set(types) <= set(offered), set(types) - set(offered)
    _open_operation(page, operations["createChatCompletion"])
    _choose_response_media(page, "text/event-stream")
    for name in ("[DONE]", "ChatCompletionChunk", "ErrorResponse"):
        assert page.get_by_role("tab", name=name).count() >= 1, name


def _show_stream_events(page: Page) -> None:
    _choose_response_media(page, "text/event-stream")
    _scroll_to(page, page.get_by_text("(ResponseStreamEvent)").first)
    page.evaluate("() => window.scrollBy({top: 160, behavior: 'instant'})")
    _settled(page)


def _scroll_to(page: Page, target: Locator) -> None:
    """Scroll `target` into view; Redoc may still be re-rendering the section just switched (a large spec takes a
    moment), which detaches the element found: then find it again."""
    for _ in range(10):
        try:
            target.scroll_into_view_if_needed(timeout=5_000)
            return
        except PlaywrightError as error:
            if "not attached" not in str(error):
                raise
            page.wait_for_timeout(200)
    target.scroll_into_view_if_needed()


def _settled(page: Page) -> None:
    """Wait until the page stops scrolling (Redoc scrolls smoothly), for a screenshot of where it is."""
    page.wait_for_function(
        """() => new Promise(done => {
            const at = scrollY;
            requestAnimationFrame(() => requestAnimationFrame(() => done(scrollY === at)));
        })"""
    )


def _drop_down(page: Page, showing: str) -> Locator:
    """The drop-down buttons of the page that show `showing`."""
    return page.locator("button[aria-haspopup=menu]").filter(has_text=showing)


def _choose_response_media(page: Page, media_type: str) -> None:
    """Show the 200 response's body as `media_type` (the first media type drop-down of the Responses section)."""
    body = _drop_down(page, "application/json")
    switcher = body.first if body.count() else _drop_down(page, "text/event-stream").first
    if media_type in switcher.inner_text():
        return
    switcher.click()
    page.get_by_role("menuitem", name=media_type).first.click()
    page.get_by_text(media_type).first.wait_for()


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _summary(spec: dict[str, Any], example: dict[str, Any]) -> str:
    summary: str = _resolve(spec, example)["summary"]
    return summary
