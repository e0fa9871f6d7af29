"""The server under test: a live base URL, or an ASGI app called in-process."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from respan_contract._operations import SPEC_PREFIX


@dataclass(frozen=True)
class Target:
    """Where the gateway is. `base_url` for a live server (`http://127.0.0.1:8000`), or `app` for an ASGI app
    tested in-process; `prefix` replaces the spec's `/api` path prefix (`/v1` for an OpenAI-style server);
    `api_key` is sent as `Authorization: Bearer ...` (without one, nothing about auth can be tested)."""

    base_url: str | None = None
    app: Any = None
    api_key: str | None = None
    prefix: str = SPEC_PREFIX
    name: str = ""

    def __post_init__(self) -> None:
        if (self.base_url is None) == (self.app is None):
            raise ValueError("a Target needs exactly one of base_url and app")

    @property
    def label(self) -> str:
        return self.name or self.base_url or "in-process ASGI app"

    def path(self, kind: str) -> str:
        """The URL path of an operation ("chat" or "responses") under this target's prefix."""
        prefix = "/" + self.prefix.strip("/") if self.prefix.strip("/") else ""
        return prefix + ("/chat/completions" if kind == "chat" else "/responses")
