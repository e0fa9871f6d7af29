"""The whole suite: the mock and the kit read the spec bundled into their packages, so bring those copies up to date
with openapi/ first (as `make setup` does), and a test run always exercises the spec of the working tree."""

from __future__ import annotations

import pytest
from respan_spec.copies import write_copies


def pytest_configure(config: pytest.Config) -> None:
    write_copies()
