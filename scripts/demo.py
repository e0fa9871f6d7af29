"""`make demo`: start the mock gateway on 127.0.0.1, run the client examples against it, stop it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from respan_mock import DEV_API_KEY, running

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ORDER = ("chat_completion.py", "chat_stream.py", "responses_call.py", "respan_params_header.py")


def main() -> int:
    with running() as base_url:
        print(f"mock gateway listening on {base_url} (API key {DEV_API_KEY!r})")
        env = {**os.environ, "RESPAN_BASE_URL": base_url, "RESPAN_API_KEY": DEV_API_KEY}
        for name in ORDER:
            print(f"\n$ python examples/{name}", flush=True)
            result = subprocess.run([sys.executable, str(EXAMPLES / name)], env=env, check=False)
            if result.returncode != 0:
                print(f"examples/{name} failed with exit status {result.returncode}", file=sys.stderr)
                return result.returncode
    print("\nmock gateway stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
