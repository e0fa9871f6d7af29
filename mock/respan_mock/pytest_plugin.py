"""pytest plugin of respan-mock (entry point `pytest11`): a mock gateway for the tests of an application.

- `respan_mock`: a function-scoped fixture, reset before each test (no requests, caches or stored responses; the
  fixture files unused; fixtures added by earlier tests gone), with OPENAI_BASE_URL, OPENAI_API_KEY,
  RESPAN_BASE_URL and RESPAN_API_KEY set for the test.
- `respan_mock_session`: the same server for the whole session, never reset, with the variables set for the
  session.

Both are a `respan_mock.testing.MockGateway`: `base_url`, `openai_base_url`, `api_key`, `on(...)`, `requests`,
`reset()`. One server per process, so under pytest-xdist one per worker. Settings (ini or command line):
`respan_mock_fixtures` / `--respan-mock-fixtures PATH` (fixture files or folders, relative to the rootdir),
`respan_mock_config` / `--respan-mock-config FILE`, `respan_mock_strict` / `--respan-mock-strict`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from respan_mock.testing import MockGateway


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("respan-mock", "respan-mock gateway fixtures")
    group.addoption(
        "--respan-mock-fixtures", action="append", default=[], metavar="PATH", help="fixture file or folder"
    )
    group.addoption("--respan-mock-config", metavar="FILE", help="respan-mock config file")
    group.addoption("--respan-mock-strict", action="store_true", help="a request no fixture matches is an error")
    parser.addini("respan_mock_fixtures", "fixture files or folders of the respan_mock fixture", type="paths")
    parser.addini("respan_mock_config", "respan-mock config file", default="")
    parser.addini("respan_mock_strict", "a request no fixture matches is an error", type="bool", default=False)


@pytest.fixture(scope="session")
def respan_mock_session(pytestconfig: pytest.Config) -> Iterator[MockGateway]:
    """A mock gateway for the whole session (one per xdist worker); the environment points at it."""
    from respan_mock.config import MockConfig
    from respan_mock.testing import serve

    config_file = pytestconfig.getoption("respan_mock_config") or pytestconfig.getini("respan_mock_config")
    config = MockConfig.from_file(Path(pytestconfig.rootpath, config_file)) if config_file else MockConfig()
    paths = [*pytestconfig.getini("respan_mock_fixtures"), *pytestconfig.getoption("respan_mock_fixtures")]
    strict = bool(pytestconfig.getoption("respan_mock_strict") or pytestconfig.getini("respan_mock_strict"))
    with serve(config, fixtures=paths, strict=strict or None) as mock, pytest.MonkeyPatch.context() as patch:
        for name, value in mock.environment().items():
            patch.setenv(name, value)
        yield mock


@pytest.fixture
def respan_mock(respan_mock_session: MockGateway, monkeypatch: pytest.MonkeyPatch) -> MockGateway:
    """The session's mock gateway, reset before the test; the environment points at it."""
    respan_mock_session.reset()
    for name, value in respan_mock_session.environment().items():
        monkeypatch.setenv(name, value)
    return respan_mock_session
