"""The two gateway operations as the kit names them, and lookups in the bundled spec."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

# operationId -> the kit's name of the operation.
KINDS = {"createChatCompletion": "chat", "createResponse": "responses"}
# The spec's own path prefix; `prefix` options replace it (e.g. "/v1" for an OpenAI-style server).
SPEC_PREFIX = "/api"


def resolve(spec: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    """`node` with its local `$ref` chain followed."""
    while "$ref" in node:
        target: Any = spec
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    """(kind, path, operation) of each gateway operation in the spec."""
    for path, item in spec["paths"].items():
        operation = item.get("post")
        if operation is not None and operation.get("operationId") in KINDS:
            yield KINDS[operation["operationId"]], path, operation


def with_prefix(spec: dict[str, Any], prefix: str) -> dict[str, Any]:
    """`spec` with its paths moved from `/api/...` to `<prefix>/...`."""
    prefix = "/" + prefix.strip("/") if prefix.strip("/") else ""
    paths = {}
    for path, item in spec["paths"].items():
        moved = prefix + path.removeprefix(SPEC_PREFIX) if path.startswith(SPEC_PREFIX + "/") else path
        paths[moved] = item
    return {**spec, "paths": paths}
