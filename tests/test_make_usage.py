"""The make targets that need a variable refuse to run without it, with a usage line on stderr and status 2."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("target", "usage"),
    [
        ("spec-diff", "usage: make spec-diff BASE=<git ref>"),
        ("publish", "usage: make publish INDEX_URL=<upload URL>"),
        ("mirror-deps", "usage: make mirror-deps INDEX_URL=<upload URL>"),
        ("contract", "usage: make contract BASE_URL=http://host:port API_KEY=key"),
    ],
)
def test_a_target_without_its_variable_prints_usage(target: str, usage: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("BASE", "INDEX_URL", "BASE_URL", "MAKEFLAGS")}
    done = subprocess.run(["make", "-s", target], cwd=REPO, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 2
    assert done.stderr.startswith(usage)
    assert "Traceback" not in done.stdout + done.stderr
