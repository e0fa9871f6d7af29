"""`make demo` (scripts/demo.py) starts the mock, runs every client example against it and stops it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_the_demo_runs_every_example_against_the_mock() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "demo.py")], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("mock gateway listening on http://127.0.0.1:")
    for example in ("chat_completion.py", "chat_stream.py", "responses_call.py", "respan_params_header.py"):
        assert f"$ python examples/{example}" in out
    assert "finish_reason stop" in out
    assert "X-Data-Respan-Params of this call: " in out
    assert out.rstrip().endswith("mock gateway stopped")
