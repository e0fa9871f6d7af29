"""Driving a running mock from a test: `serve()` starts one on a free port and yields a `MockGateway`, a handle
with the base URL and key, `on(...)` to script answers, the recorded requests, and `reset()`.

    from respan_mock.testing import serve

    with serve() as mock:
        mock.on(user="weather", tool_result=False, reply={"tool_calls": [{"name": "get_weather",
                                                                         "arguments": {"city": "Paris"}}]})
        client = openai.OpenAI(base_url=mock.openai_base_url, api_key=mock.api_key)
        ...
        assert mock.requests[-1]["fixture"]["name"] == ...

The pytest plugin (respan_mock.pytest_plugin) provides the same handle as the `respan_mock` fixture."""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

import httpx

from respan_mock._fixtures import FixtureError, read_definitions
from respan_mock._server import running
from respan_mock.config import MockConfig

TEST_API_KEY: Final = "respan-mock-test-key"


class MockGateway:
    """A running mock, as a test sees it. Every call goes through the inspection API."""

    def __init__(self, base_url: str, api_key: str) -> None:
        self.base_url = base_url
        self.api_key = api_key
        self._http = httpx.Client(base_url=base_url, timeout=30)

    @property
    def openai_base_url(self) -> str:
        """The base URL for the openai SDK (`OpenAI(base_url=...)`): the operations live under /api."""
        return f"{self.base_url}/api"

    def environment(self) -> dict[str, str]:
        """The variables the openai SDK and respan-gateway-client's create_client() read."""
        return {
            "OPENAI_BASE_URL": self.openai_base_url,
            "OPENAI_API_KEY": self.api_key,
            "RESPAN_BASE_URL": self.base_url,
            "RESPAN_API_KEY": self.api_key,
        }

    def on(
        self,
        match: Mapping[str, Any] | None = None,
        *,
        reply: str | Mapping[str, Any] | None = None,
        replies: Sequence[str | Mapping[str, Any]] | None = None,
        times: int | None = None,
        name: str | None = None,
        first: bool = False,
        **criteria: Any,
    ) -> dict[str, Any]:
        """Add a fixture: `match` criteria (or keyword criteria: `user="weather"`, `tool_result=False`, ...) and
        a `reply` or a sequence of `replies`. Appended (first match wins), or before the others with `first`.
        Returns the fixture as the API lists it (with its `id`); an invalid one raises FixtureError."""
        definition: dict[str, Any] = {"match": {**(match or {}), **criteria}}
        if replies is not None:
            definition["replies"] = list(replies)
        for key, value in (("reply", reply), ("times", times), ("name", name)):
            if value is not None:
                definition[key] = value
        added = self._add([definition], first)
        return added[0]

    def load(self, path: str | Path, *, first: bool = False) -> list[dict[str, Any]]:
        """Add the fixtures of a file (checked as `serve --fixtures` checks them)."""
        definitions = [item for _, items in read_definitions(path) for item in items]
        return self._add(definitions, first)

    def _add(self, definitions: list[Any], first: bool) -> list[dict[str, Any]]:
        response = self._http.post("/_mock/fixtures", json={"fixtures": definitions, "first": first})
        if response.status_code == 400:
            raise FixtureError(response.json()["error"]["message"])
        response.raise_for_status()
        added: list[dict[str, Any]] = response.json()["added"]
        return added

    def fixtures(self) -> list[dict[str, Any]]:
        """The fixtures in force, in match order, with their use counts."""
        listed: list[dict[str, Any]] = self._get("/_mock/fixtures")["fixtures"]
        return listed

    def remove(self, fixture_id: str) -> None:
        self._http.delete(f"/_mock/fixtures/{fixture_id}").raise_for_status()

    def clear_fixtures(self) -> None:
        """Remove every fixture (reset() brings back those loaded at start)."""
        self._http.delete("/_mock/fixtures").raise_for_status()

    @property
    def requests(self) -> list[dict[str, Any]]:
        """The requests the mock received since the last reset, oldest first (entries of GET /_mock/requests;
        `fixture` names the fixture that answered, null for a synthetic answer)."""
        entries: list[dict[str, Any]] = self._get("/_mock/requests")["requests"]
        return entries

    def reset(self) -> None:
        """The server as it started: no requests, caches or stored responses, the fixtures it loaded unused, the
        ones added since gone."""
        self._http.post("/_mock/reset").raise_for_status()

    def close(self) -> None:
        self._http.close()

    def _get(self, path: str) -> dict[str, Any]:
        response = self._http.get(path)
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result


@contextlib.contextmanager
def serve(
    config: MockConfig | None = None,
    *,
    fixtures: Sequence[str | Path] = (),
    strict: bool | None = None,
) -> Iterator[MockGateway]:
    """Run a mock on 127.0.0.1 and a free port for the duration of the block. Without API keys in `config` it
    accepts TEST_API_KEY. `fixtures` (files or folders) are loaded after the config's; `strict` overrides it."""
    config = config or MockConfig()
    if not config.api_keys:
        config = dataclasses.replace(config, api_keys=(TEST_API_KEY,))
    settings = config.fixtures
    settings = dataclasses.replace(
        settings,
        paths=settings.paths + tuple(str(path) for path in fixtures),
        strict=settings.strict if strict is None else strict,
    )
    config = dataclasses.replace(config, fixtures=settings)
    with running(config) as base_url:
        mock = MockGateway(base_url, config.api_keys[0])
        try:
            yield mock
        finally:
            mock.close()
