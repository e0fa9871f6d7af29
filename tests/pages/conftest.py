"""Pages seen in a real browser: Debian's Chromium (installed by `make test`), driven by Playwright through its
executable path (Playwright never downloads a browser here), headless with the flags that keep it off the
network, and a fresh profile (Playwright makes one per launch). Each page records what it asked for, what it
logged as errors and what failed, so that a test can say the page is whole and offline. Screenshots go to
reports/pages/."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Playwright, Request, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
REPORTS = Path(__file__).resolve().parents[2] / "reports" / "pages"


@dataclass
class Watched:
    """A page and what happened on it."""

    page: Page
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # console errors, uncaught exceptions, failed requests

    def off_page(self, *origins: str) -> list[str]:
        """The requests to anywhere but `origins` (and the page's own data: and blob: URLs)."""
        allowed = ("data:", "blob:", *origins)
        return [url for url in self.requests if not url.startswith(allowed)]

    def screenshot(self, name: str) -> Path:
        REPORTS.mkdir(parents=True, exist_ok=True)
        path = REPORTS / name
        self.page.screenshot(path=str(path))
        return path


# Package scope: Playwright's sync API runs an event loop in this thread while it is open, and asyncio.run() of the
# tests after these ones (the async client tests) refuses to start inside a running loop.
@pytest.fixture(scope="package")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="package")
def browser(playwright: Playwright) -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} not found: `make test` installs Debian's chromium (apt-get install chromium)")
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
    yield browser
    browser.close()


@pytest.fixture
def watched(browser: Browser) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1440, "height": 900}, device_scale_factor=1)
    page = context.new_page()
    seen = Watched(page)
    page.on("request", lambda request: seen.requests.append(request.url))
    page.on("console", lambda message: _console_error(seen, message))
    page.on("pageerror", lambda error: seen.errors.append(f"uncaught: {error}"))
    page.on("requestfailed", lambda request: _failed(seen, request))
    yield seen
    context.close()


def _console_error(seen: Watched, message: ConsoleMessage) -> None:
    if message.type == "error":
        seen.errors.append(f"console: {message.text} at {message.location}")


def _failed(seen: Watched, request: Request) -> None:
    seen.errors.append(f"request failed: {request.url} ({request.failure})")


def menu_items(page: Page, button: Any) -> list[str]:
    """Open a drop-down button of the page and read its items (then close it)."""
    button.click()
    items = page.get_by_role("menuitem")
    items.first.wait_for()
    texts = [text.strip() for text in items.all_inner_texts()]
    page.keyboard.press("Escape")
    return texts
