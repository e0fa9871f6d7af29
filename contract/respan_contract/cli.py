"""The `respan-contract` command (placeholder until the runner lands)."""


def main() -> None:
    raise SystemExit("not yet")
