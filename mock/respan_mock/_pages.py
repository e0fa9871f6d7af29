"""What the mock's pages share (the API reference, the spec decisions, the console): the page frame with its
navigation bar and style sheet, and the package's static/ folder they come from. Every page is
self-contained: no resource from off the page, which its Content-Security-Policy enforces in the browser."""

from __future__ import annotations

import functools
import html
from collections.abc import Sequence
from importlib import resources
from typing import Final

STATIC: Final = resources.files("respan_mock") / "static"
# Scripts and styles inline (Redoc's evaluate code too), images as data: URLs, workers from blob: URLs, requests
# to the page's own origin; nothing else.
CSP: Final = "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:"

Links = Sequence[tuple[str, str]]  # (label, href) of the navigation bar
# The pages' icon, inline: else the browser asks the server for /favicon.ico.
ICON: Final = (
    "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' "
    "height='32' rx='7' fill='%232454d6'/%3E%3Ctext x='16' y='23' font-family='Helvetica,Arial,sans-serif' "
    "font-size='19' font-weight='700' fill='white' text-anchor='middle'%3ER%3C/text%3E%3C/svg%3E"
)


def page(title: str, links: Links, current: str, body: str, *, style: str = "") -> str:
    """A whole HTML page: `body` under the navigation bar, where `current` names this page's link."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<link rel="icon" href="{ICON}">\n'
        f"<title>{html.escape(title)}</title>\n<style>\n{static_text('pages.css')}{style}</style>\n</head>\n"
        f"<body>\n{nav_bar(links, current)}{body}</body>\n</html>\n"
    )


def nav_bar(links: Links, current: str) -> str:
    items = []
    for label, href in links:
        marked = ' aria-current="page"' if label == current else ""
        items.append(f'<a href="{html.escape(href)}"{marked}>{html.escape(label)}</a>')
    brand = '<span class="respan-brand"><b>Respan</b> gateway</span>'
    return f'<header class="respan-bar">{brand}<nav>{"".join(items)}</nav></header>\n'


@functools.cache
def static_text(name: str) -> str:
    """A file of the package's static/ folder."""
    return (STATIC / name).read_text(encoding="utf-8")
