"""Request validation against the spec with compiled jsonschema-rs validators: the body against the operation's
request schema, each documented header against its parameter schema (base64-JSON headers decoded first), and
the translation of a validation error into a 400 that names the JSON pointer and the reason without echoing a
secret."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

import jsonschema_rs
from jsonschema_rs import ValidationError, ValidationErrorKind

from respan_mock import _json
from respan_mock._errors import ApiError, pointer

# Keys whose values are provider credentials: never echoed in an error message.
SECRET_KEYS: Final = frozenset({"customer_credentials", "credential_override", "credentials", "api_key"})


class SchemaValidator:
    """A compiled validator of one spec component, raising ApiError(400) on the most relevant error."""

    def __init__(self, spec: Mapping[str, Any], ref: str) -> None:
        self._spec = spec
        root = {"components": spec["components"], "$ref": ref}
        self._validator = jsonschema_rs.validator_for(root, validate_formats=True)

    def is_valid(self, instance: Any) -> bool:
        return self._validator.is_valid(instance)

    def check(self, instance: Any, base: str = "") -> None:
        """Raise ApiError(400) naming `base` + the pointer of the first (most specific) error."""
        if self._validator.is_valid(instance):
            return
        error = next(self._validator.iter_errors(instance))
        where, reason, explained = _explain(error, self._spec)
        full = base + _with_empty_keys(instance, where, explained)
        raise ApiError(
            400,
            f"{full or 'Request body'}: {reason}",
            code="invalid_value" if where or base else "invalid_request",
            param=full or None,
        )


@dataclass(frozen=True)
class HeaderRule:
    """A documented request header: its schema, and for base64-JSON headers the schema of the decoded object."""

    name: str
    validator: SchemaValidator
    decoded: SchemaValidator | None


def header_rules(spec: Mapping[str, Any], path: str) -> tuple[HeaderRule, ...]:
    """The header parameters of POST `path`, each with compiled validators."""
    rules = []
    for parameter in spec["paths"][path]["post"].get("parameters", []):
        parameter = resolve(spec, parameter)
        if parameter.get("in") != "header":
            continue
        schema = resolve(spec, parameter["schema"])
        ref = parameter["schema"].get("$ref")
        content_schema = schema.get("contentSchema")
        decoded = None
        if schema.get("contentMediaType") == "application/json" and isinstance(content_schema, dict):
            decoded = SchemaValidator(spec, content_schema["$ref"])
        rules.append(HeaderRule(parameter["name"], SchemaValidator(spec, ref), decoded))
    return tuple(rules)


def decode_json_header(name: str, value: str) -> dict[str, Any]:
    """Decode a base64-JSON header (standard alphabet, padding optional) into an object, or raise a 400."""
    param = f"/headers/{name}"
    compact = value.strip()
    try:
        raw = base64.b64decode(compact + "=" * (-len(compact) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise ApiError(400, f"{name}: not valid base64", code="invalid_header", param=param) from None
    try:
        decoded = _json.loads(raw)
    except ValueError:
        raise ApiError(400, f"{name}: the decoded value is not JSON", code="invalid_header", param=param) from None
    if not isinstance(decoded, dict):
        raise ApiError(400, f"{name}: the decoded JSON is not an object", code="invalid_header", param=param)
    return decoded


def resolve(spec: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    """`node`, or what its `$ref` (a pointer into `spec`) points at, until there is no `$ref`."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _with_empty_keys(document: Any, where: str, error: ValidationError) -> str:
    """`where` with the members named "" put back that jsonschema-rs leaves out of an error's instance path
    (`{"customer_credentials": {"": {}}}` fails at `/customer_credentials//api_key`, reported without its empty
    token). Among the places the reported path can stand for, the one holding the error's instance is meant."""
    tokens = [token.replace("~1", "/").replace("~0", "~") for token in where[1:].split("/")] if where else []
    missing = isinstance(error.kind, ValidationErrorKind.Required) and bool(tokens)
    at = tokens[:-1] if missing else tokens  # a missing required member is named after the object that lacks it
    places = _places(document, at, error.instance)
    if not places or places[0] == at:
        return where
    return pointer(*places[0], *tokens[len(at) :])


def _places(node: Any, tokens: list[str], target: Any, depth: int = 0) -> list[list[str]]:
    """The paths to a value equal to `target` that read as `tokens` once their "" members are left out."""
    if depth > 64:
        return []
    found: list[list[str]] = [[]] if not tokens and node == target else []
    if isinstance(node, dict):
        if tokens and tokens[0] in node:
            found += [[tokens[0], *rest] for rest in _places(node[tokens[0]], tokens[1:], target, depth + 1)]
        if "" in node:
            found += [["", *rest] for rest in _places(node[""], tokens, target, depth + 1)]
    elif isinstance(node, list) and tokens and tokens[0].isdigit() and int(tokens[0]) < len(node):
        found += [[tokens[0], *rest] for rest in _places(node[int(tokens[0])], tokens[1:], target, depth + 1)]
    return found


def _schema_at(spec: Mapping[str, Any], path: Sequence[str | int]) -> Any:
    node: Any = spec
    for part in path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def _explain(error: ValidationError, spec: Mapping[str, Any]) -> tuple[str, str, ValidationError]:
    """(pointer, reason, the error they come from) of the most specific problem under `error`."""
    kind = error.kind
    path = list(error.instance_path)
    where = pointer(*path)
    if isinstance(kind, ValidationErrorKind.AnyOf | ValidationErrorKind.OneOfNotValid):
        return _explain_union(error, kind.context, spec)
    if isinstance(kind, ValidationErrorKind.Required):
        return pointer(*path, kind.property), "required property is missing", error
    if isinstance(kind, ValidationErrorKind.Type):
        return where, f"expected {' or '.join(kind.types)}, got {_json_type(error.instance)}", error
    if isinstance(kind, ValidationErrorKind.Constant):
        return where, f"must be {json.dumps(kind.expected_value)}", error
    if isinstance(kind, ValidationErrorKind.Enum):
        return where, "must be one of " + ", ".join(json.dumps(option) for option in kind.options), error
    if isinstance(error.instance, dict | list) or any(part in SECRET_KEYS for part in path):
        return where, _reason_without_value(kind), error
    return where, error.message, error


def _reason_without_value(kind: ValidationErrorKind) -> str:
    """The reason of an error in words that do not repeat the offending value (it may be large or secret)."""
    describe = _REASONS.get(type(kind))
    return describe(kind) if describe else f"violates the '{kind.name}' constraint"


_K = ValidationErrorKind
_REASONS: Final[dict[type, Callable[[Any], str]]] = {
    _K.MinItems: lambda kind: f"must have at least {kind.limit} item(s)",
    _K.MaxItems: lambda kind: f"must have at most {kind.limit} items",
    _K.MinLength: lambda kind: f"must be at least {kind.limit} character(s) long",
    _K.MaxLength: lambda kind: f"must be at most {kind.limit} characters long",
    _K.MinProperties: lambda kind: f"must have at least {kind.limit} properties",
    _K.MaxProperties: lambda kind: f"must have at most {kind.limit} properties",
    _K.Minimum: lambda kind: f"is below the minimum of {kind.limit}",
    _K.ExclusiveMinimum: lambda kind: f"must be greater than {kind.limit}",
    _K.Maximum: lambda kind: f"is above the maximum of {kind.limit}",
    _K.ExclusiveMaximum: lambda kind: f"must be less than {kind.limit}",
    _K.Pattern: lambda kind: f"does not match the pattern {kind.pattern}",
    _K.Format: lambda kind: f"is not a valid {kind.format}",
    _K.AdditionalProperties: lambda kind: "has unexpected properties: " + ", ".join(kind.unexpected),
}


def _explain_union(
    error: ValidationError, branches: list[list[ValidationError]], spec: Mapping[str, Any]
) -> tuple[str, str, ValidationError]:
    """Explain an anyOf/oneOf failure by the branch that was meant: the discriminator's when the schema has
    one, else the only branch whose type fits (a type mismatch at the union's own location rules one out)."""
    path = list(error.instance_path)
    instance = error.instance
    union = _schema_at(spec, error.schema_path[:-1])
    discriminator = union.get("discriminator") if isinstance(union, dict) else None
    if isinstance(discriminator, dict) and isinstance(instance, dict):
        name = discriminator.get("propertyName", "")
        mapping = discriminator.get("mapping", {})
        if name not in instance:
            return pointer(*path, name), "required property is missing", error
        value = instance[name]
        target = mapping.get(value) if isinstance(value, str) else None
        refs = [branch.get("$ref") for branch in union.get("oneOf") or union.get("anyOf") or []]
        if target not in refs:
            return pointer(*path, name), "must be one of " + ", ".join(json.dumps(value) for value in mapping), error
        chosen = branches[refs.index(target)] if refs.index(target) < len(branches) else []
    else:
        depth = len(path)
        fitting = [
            errors
            for errors in branches
            if errors
            and not any(isinstance(e.kind, ValidationErrorKind.Type) and len(e.instance_path) == depth for e in errors)
        ]
        chosen = fitting[0] if len(fitting) == 1 else []
    if chosen:
        return _explain(chosen[0], spec)
    return pointer(*path), "does not match any of the allowed forms", error


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"
