"""Fixtures of the client tests."""

from __future__ import annotations

import httpx
import pytest

from tests.client.helpers import Recorder, completion


@pytest.fixture
def recorder() -> Recorder:
    return Recorder(httpx.Response(200, json=completion()))
