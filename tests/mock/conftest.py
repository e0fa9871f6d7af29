"""Fixtures of the mock gateway's tests: one real server (uvicorn on 127.0.0.1, a free port) for the session,
reset before each test that uses it, and a checker of responses against the spec."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from respan_mock import MockConfig, running
from respan_spec import load_spec

from tests.mock.conformance import Conformance
from tests.mock.helpers import AUTH, CONFIG


@pytest.fixture(scope="session")
def mock_server() -> Iterator[str]:
    with running(MockConfig.from_dict(CONFIG)) as url:
        yield url


@pytest.fixture
def base_url(mock_server: str) -> str:
    """The session server's base URL, with its state reset."""
    httpx.post(f"{mock_server}/_mock/reset").raise_for_status()
    return mock_server


@pytest.fixture
def client(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, headers=AUTH, timeout=30) as http:
        yield http


@pytest.fixture(scope="session")
def conformance() -> Conformance:
    return Conformance(load_spec())
