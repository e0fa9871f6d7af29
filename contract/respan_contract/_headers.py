"""Which request header values are valid against the spec: the header parameters' schemas, and for the
`base64-json` headers the encoded object against `RespanParams`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import jsonschema_rs

from respan_contract._formats import FORMAT, HeaderDecodeError, decode_params
from respan_contract._operations import operations, resolve


class HeaderRules:
    """The header parameters of every gateway operation of a spec, compiled."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        components = spec["components"]
        self._params = jsonschema_rs.Draft202012Validator(
            {"components": components, "$ref": "#/components/schemas/RespanParams"}
        )
        self._headers: dict[str, dict[str, tuple[jsonschema_rs.Validator, bool]]] = {}
        for _, path, operation in operations(spec):
            rules = self._headers[path] = {}
            for reference in operation.get("parameters", []):
                parameter = resolve(spec, reference)
                if parameter.get("in") != "header":
                    continue
                schema = dict(resolve(spec, parameter["schema"]))
                validator = jsonschema_rs.Draft202012Validator({"components": components, **schema})
                rules[str(parameter["name"]).lower()] = (validator, schema.get("format") == FORMAT)

    def problem(self, path: str, name: str, value: str) -> str | None:
        """Why header `name` with `value` is invalid for the operation at `path` (None: valid or undocumented)."""
        rule = self._headers.get(path, {}).get(name.lower())
        if rule is None:
            return None
        validator, is_params = rule
        if not validator.is_valid(value):
            return "does not match its schema"
        if is_params:
            try:
                params = decode_params(value)
            except HeaderDecodeError as exc:
                return exc.reason
            if not self._params.is_valid(params):
                return "the encoded object is not valid RespanParams"
        return None

    def invalid(self, path: str, headers: Mapping[str, Any]) -> list[str]:
        """Names of the documented headers in `headers` whose values are invalid."""
        return [name for name, value in headers.items() if self.problem(path, name, str(value)) is not None]
