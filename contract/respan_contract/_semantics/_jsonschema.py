"""Validators of the JSON Schemas a request gives (structured output, function parameters), compiled once per
schema with jsonschema-rs (Draft 2020-12, formats as annotations, as OpenAI's structured output treats them). A
schema that does not compile is no schema to judge an answer by: the check skips it."""

from __future__ import annotations

import functools
import json
from typing import Any

import jsonschema_rs


@functools.lru_cache(maxsize=256)
def _compiled(canonical: str) -> jsonschema_rs.Validator | None:
    try:
        return jsonschema_rs.Draft202012Validator(json.loads(canonical))
    except Exception:  # jsonschema-rs raises ValidationError or ValueError for a schema it cannot use
        return None


def schema_errors(schema: Any, value: Any) -> list[str] | None:
    """Why `value` is not valid against `schema` (at most three reasons); None when `schema` is not usable."""
    if not isinstance(schema, dict | bool):
        return None
    validator = _compiled(json.dumps(schema, sort_keys=True))
    if validator is None:
        return None
    try:
        errors = []
        for error in validator.iter_errors(value):
            where = "/" + "/".join(str(part) for part in error.instance_path)
            errors.append(f"{where}: {error.message}")
            if len(errors) == 3:
                break
    except Exception:  # a reference that resolves only at validation time, and fails
        return None
    return errors
