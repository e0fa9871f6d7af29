"""Reading YAML files (the spec, overlays, the mock's config, contract profiles) with errors on one line that name
the file and the problem, and never quote the offending line (it may hold an API key). The same module is in
tooling/respan_spec, respan_mock and respan_contract, which ship without the repository's tooling (a test keeps the
three identical)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class YamlFileError(ValueError):
    """A YAML file that cannot be read or parsed."""


def read_yaml(path: Path) -> Any:
    """The document in `path` (None for an empty file)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise YamlFileError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise YamlFileError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    try:
        return yaml.safe_load(text)
    except RecursionError:
        raise YamlFileError(f"{path}: not valid YAML: nested too deeply (or an alias refers to itself)") from None
    except yaml.YAMLError as exc:
        raise YamlFileError(f"{path}: not valid YAML: {yaml_problem(exc)}") from None


def yaml_problem(exc: yaml.YAMLError) -> str:
    """A YAML error on one line: `line L, column C: problem` (PyYAML's own message spans several lines)."""
    if isinstance(exc, yaml.MarkedYAMLError) and exc.problem_mark is not None:
        mark = exc.problem_mark
        return f"line {mark.line + 1}, column {mark.column + 1}: {exc.problem or exc.context or 'invalid YAML'}"
    return type(exc).__name__
