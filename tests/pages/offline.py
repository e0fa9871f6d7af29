"""What an HTML page would load from elsewhere, read from its text: every http(s) URL in a place the browser
loads from (script, link, image, frame, media, object and embed sources, srcset, url() and @import in styles,
`import` in scripts). Links a reader may follow (<a href>) are not loads."""

from __future__ import annotations

import re
from html.parser import HTMLParser

REMOTE = re.compile(r"^\s*(https?:)?//", re.IGNORECASE)
SOURCE_ATTRIBUTES = {
    "script": ("src",),
    "link": ("href",),
    "img": ("src", "srcset"),
    "iframe": ("src",),
    "frame": ("src",),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "input": ("src",),
}
STYLE_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])\s*((?:https?:)?//[^'")\s]+)""", re.IGNORECASE)
SCRIPT_IMPORT = re.compile(
    r"""(?:\bimport\s*(?:[\w*{}\s,]+\s*from\s*)?|\bimport\s*\(\s*|\bimportScripts\s*\(\s*)['"`]((?:https?:)?//[^'"`]+)"""
)


class _Loads(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.remote: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name in SOURCE_ATTRIBUTES.get(tag, ()):
                urls = [part.split()[0] for part in value.split(",") if part.strip()] if name == "srcset" else [value]
                self.remote += [url for url in urls if REMOTE.match(url)]
            elif name == "style":
                self.remote += STYLE_URL.findall(value)
        self._in = tag if tag in ("script", "style") else None

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "style":
            self.remote += STYLE_URL.findall(data)
        elif self._in == "script":
            self.remote += SCRIPT_IMPORT.findall(data)


def remote_loads(html: str) -> list[str]:
    """The off-page URLs the page at `html` would load."""
    parser = _Loads()
    parser.feed(html)
    parser.close()
    return parser.remote
