"""Guard the template overrides: each file in overlays/templates that replaces one of openapi-python-client's
templates records the sha256 of the upstream file it was written against (UPSTREAM.sha256). When the pinned
generator ships a different upstream file, the check fails and names it, so the change gets reviewed and ported
into the override instead of being silently shadowed."""

from __future__ import annotations

import hashlib
from pathlib import Path

import openapi_python_client

LOCK_NAME = "UPSTREAM.sha256"


def upstream_templates() -> Path:
    """The template directory of the installed openapi-python-client."""
    return Path(openapi_python_client.__file__).parent / "templates"


def overridden(overrides: Path) -> list[str]:
    """Relative names of the override files that shadow an upstream template."""
    upstream = upstream_templates()
    names = [p.relative_to(overrides).as_posix() for p in overrides.rglob("*.jinja")]
    return sorted(name for name in names if (upstream / name).is_file())


def write_lock(overrides: Path) -> Path:
    """Record the hashes of the upstream templates currently overridden (after reviewing them)."""
    lines = [
        f"# sha256 of the openapi-python-client {openapi_python_client.__version__} templates overridden here.",
        "# Regenerate with `python -m respan_codegen lock-templates` after porting an upstream change.",
    ]
    lines += [f"{_sha256(upstream_templates() / name)}  {name}" for name in overridden(overrides)]
    lock = overrides / LOCK_NAME
    lock.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lock


def check_lock(overrides: Path) -> list[str]:
    """Problems with the overrides: an upstream template changed, or an override is not recorded."""
    lock = overrides / LOCK_NAME
    recorded = _read_lock(lock) if lock.is_file() else {}
    problems = []
    for name in overridden(overrides):
        actual = _sha256(upstream_templates() / name)
        if name not in recorded:
            problems.append(f"{name}: overrides an upstream template but is not recorded in {LOCK_NAME}")
        elif recorded[name] != actual:
            problems.append(
                f"{name}: the upstream template changed in openapi-python-client {openapi_python_client.__version__}"
                f" (sha256 {actual[:12]}…, recorded {recorded[name][:12]}…): port the change into the override,"
                " then run `python -m respan_codegen lock-templates`"
            )
    for name in sorted(set(recorded) - set(overridden(overrides))):
        problems.append(f"{name}: recorded in {LOCK_NAME} but no longer overridden (or gone upstream)")
    return problems


def _read_lock(lock: Path) -> dict[str, str]:
    entries = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            digest, _, name = line.partition("  ")
            entries[name.strip()] = digest.strip()
    return entries


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
