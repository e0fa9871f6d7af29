"""The API reference of a spec as one self-contained HTML page (Redoc, vendored in `static/`, rendering in the
browser: no Node, no CDN, no font or script from off the page), the spec decisions as a page beside it, and
the mock's routes for both and for the spec itself: /docs, /docs/spec-decisions, /openapi.json.

`make docs` writes the same pages as a static site (respan_docs)."""

from __future__ import annotations

import copy
import functools
import html
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Final

from markdown_it import MarkdownIt
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from respan_mock import _json
from respan_mock._pages import STATIC, Links, page, static_text

REDOC_BUNDLE: Final = "redoc.standalone.js"
DECISIONS: Final = "spec-decisions.md"
# What Redoc is told (https://redocly.com/docs/redoc/v3.x/config): no telemetry (it would post to Redocly's
# servers); every component schema listed under "Schemas", the stream events among them; no download button
# (it would offer the spec as displayed: the navigation bar links the spec itself). No `downloadUrls` either:
# with one, Redoc offers to send the page to chat sites.
REDOC_OPTIONS: Final[dict[str, Any]] = {
    "disableTelemetry": True,
    "schemaDefinitionsTagName": "Schemas",
    "hideDownloadButtons": True,
}


def display_spec(spec: Mapping[str, Any]) -> dict[str, Any]:
    """The spec as the reference shows it. Redoc does not render `contentSchema`, so in the schema of each
    `text/event-stream` (one server-sent event) a JSON-text string that declares one, the event's `data`, is
    shown as that schema, with a note: every event type is then reachable from its operation. Elsewhere (the
    base64-JSON headers) Redoc's own rendering stays. /openapi.json serves the spec itself."""
    shown: dict[str, Any] = copy.deepcopy(dict(spec))
    schemas = shown.get("components", {}).get("schemas", {})
    for media in _event_stream_media(shown):
        schema = media.get("schema")
        ref = schema.get("$ref", "") if isinstance(schema, dict) else ""
        name = ref.removeprefix("#/components/schemas/")
        if name != ref and isinstance(schemas.get(name), dict):
            schemas[name] = _content_shown(schemas[name])
        elif isinstance(schema, dict):
            media["schema"] = _content_shown(schema)
    return shown


def _event_stream_media(node: Any) -> list[dict[str, Any]]:
    """Every media type object of `text/event-stream` in the document."""
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "text/event-stream" and isinstance(value, dict):
                found.append(value)
            else:
                found += _event_stream_media(value)
    elif isinstance(node, list):
        for item in node:
            found += _event_stream_media(item)
    return found


def _content_shown(node: Any) -> Any:
    if isinstance(node, dict):
        if "contentSchema" in node and node.get("type") == "string":
            note = f"Sent as JSON text ({node.get('contentMediaType', 'application/json')}) of this schema."
            described = f"{node['description']}\n\n{note}" if node.get("description") else note
            return {**node["contentSchema"], "description": described}
        return {key: _content_shown(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_content_shown(item) for item in node]
    return node


def reference_page(spec: Mapping[str, Any], *, links: Links, spec_url: str) -> str:
    """The API reference of `spec`: one HTML page holding Redoc, the spec, and the navigation bar."""
    bundle = static_text(REDOC_BUNDLE).replace("</script", "<\\/script")
    document, options = _script_json(display_spec(spec)), _script_json(REDOC_OPTIONS)
    script = f"{bundle}\ninit({document}, {options}, document.getElementById('redoc'));\n"
    title = f"{spec.get('info', {}).get('title', 'API')} reference"
    body = (
        '<div id="redoc"></div>\n'
        '<noscript><p class="page">The API reference is drawn by a script: allow JavaScript, or read the spec '
        f'as <a href="{html.escape(spec_url)}">openapi.json</a>.</p></noscript>\n'
        f'<script type="module">\n{script}</script>\n'
    )
    return page(title, links, "Reference", body)


def decisions_page(markdown: str, *, links: Links, title: str = "Spec decisions") -> str:
    """The spec decisions (docs/spec-decisions.md) as an HTML page beside the reference."""
    renderer = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
    return page(title, links, "Spec decisions", f'<main class="page prose">\n{renderer.render(markdown)}</main>\n')


def decisions_source() -> Path | None:
    """docs/spec-decisions.md: bundled into the package (static/), else the repository's, else None."""
    bundled = STATIC / DECISIONS
    if bundled.is_file():
        return Path(str(bundled))
    in_repo = Path(__file__).resolve().parents[2] / "docs" / DECISIONS
    return in_repo if in_repo.is_file() else None


def mock_links() -> Links:
    """The navigation bar of the mock's pages."""
    decisions = [("Spec decisions", "/docs/spec-decisions")] if decisions_source() is not None else []
    return [("Reference", "/docs"), *decisions, ("openapi.json", "/openapi.json"), ("Console", "/_mock/")]


def routes(spec: Mapping[str, Any]) -> dict[str, tuple[str, Callable[[Request], Any]]]:
    """Handlers by path, (method, handler): the reference, the spec decisions and the spec served by the mock,
    as it is now (the app validates against the spec it was created with). Each page is rendered once, when
    first asked for."""
    decisions = decisions_source()
    links = mock_links()
    document = _json.dumps(spec)

    @functools.cache
    def rendered(name: str) -> bytes:
        if name == "reference":
            return reference_page(_json.loads(document), links=links, spec_url="/openapi.json").encode()
        if name == "decisions" and decisions is not None:
            return decisions_page(decisions.read_text(encoding="utf-8"), links=links).encode()
        return document

    async def reference(request: Request) -> Response:
        return HTMLResponse(rendered("reference"))

    async def spec_document(request: Request) -> Response:
        return Response(rendered("spec"), media_type="application/json")

    found: dict[str, tuple[str, Callable[[Request], Any]]] = {
        "/docs": ("GET", reference),
        "/openapi.json": ("GET", spec_document),
    }
    if decisions is not None:

        async def spec_decisions(request: Request) -> Response:
            return HTMLResponse(rendered("decisions"))

        found["/docs/spec-decisions"] = ("GET", spec_decisions)
    return found


def _script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element (no `</script>`, no `<!--`)."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c")
