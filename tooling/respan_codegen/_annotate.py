"""Annotate the spec with what the client templates need to know but openapi-python-client cannot tell them.

The generator ignores `text/event-stream`, `contentSchema` and discriminators, and a template can read vendor
extensions only on a response object. So, derived from the spec itself (never hand-written, so a spec change
reaches the client on the next `make generate`), each operation's 200 response gets:

- `x-codegen-stream` when it also offers `text/event-stream`: the schema of one event's JSON `data`, the `data`
  constant that ends the stream (`[DONE]`), the discriminator mapping (event `type` -> schema) when the events are
  a union, the discriminator value of the error event, the union's catch-all member for event types the client
  does not know (added by _lenient.py), and the boolean request field that turns streaming on.
- `x-codegen-json-headers`: the non-deprecated header parameters that carry a base64-encoded JSON document
  (`contentMediaType: application/json` + `contentSchema`), so the client can take them as typed models.
"""

from __future__ import annotations

import copy
from typing import Any

from respan_codegen._lenient import CATCH_ALL_KEY

STREAM_KEY = "x-codegen-stream"
JSON_HEADERS_KEY = "x-codegen-json-headers"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
ERROR_EVENT = "error"  # the discriminator value of the event that reports a failure mid-stream (OpenAI's name)
# The error envelope a stream may end with instead of a payload (chat); the runtime decoder recognises it by its
# `error` member, so it is not a payload of its own.
ERROR_ENVELOPE = "ErrorResponse"


class AnnotationError(Exception):
    """The spec uses a shape the client templates cannot handle; the message names the operation."""


def annotate(spec: dict[str, Any]) -> dict[str, Any]:
    """Add the `x-codegen-*` extensions to `spec` in place and return it."""
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is not None:
                _annotate_operation(spec, item, operation, f"{method.upper()} {path}")
    return spec


def _annotate_operation(spec: dict[str, Any], item: dict[str, Any], operation: dict[str, Any], where: str) -> None:
    responses = operation.get("responses", {})
    if "200" not in responses:
        return
    # A shared response component must not carry one operation's annotations: inline it first.
    ok = responses["200"] = copy.deepcopy(_resolve(spec, responses["200"]))
    headers = _json_headers(spec, [*item.get("parameters", []), *operation.get("parameters", [])])
    if headers:
        ok[JSON_HEADERS_KEY] = headers
    event_stream = ok.get("content", {}).get("text/event-stream")
    if event_stream is not None:
        ok[STREAM_KEY] = _stream(spec, operation, event_stream, where)


def _json_headers(spec: dict[str, Any], parameters: list[Any]) -> list[dict[str, str]]:
    found = []
    for reference in parameters:
        parameter = _resolve(spec, reference)
        if parameter.get("in") != "header" or parameter.get("deprecated"):
            continue
        schema = _resolve(spec, parameter.get("schema", {}))
        content_schema = schema.get("contentSchema", {})
        if schema.get("contentMediaType") == "application/json" and "$ref" in content_schema:
            found.append(
                {
                    "header": parameter["name"],
                    "schema": _ref_name(content_schema["$ref"]),
                    "description": parameter.get("description", ""),
                }
            )
    return found


def _stream(spec: dict[str, Any], operation: dict[str, Any], media: dict[str, Any], where: str) -> dict[str, Any]:
    envelope = _resolve(spec, media.get("schema", {}))
    data = _resolve(spec, envelope.get("properties", {}).get("data", {}))
    terminator = None
    payloads = []
    for variant in [_resolve(spec, v) for v in data.get("anyOf", data.get("oneOf", [data]))]:
        if isinstance(variant.get("const"), str):
            terminator = variant["const"]
        elif variant.get("contentMediaType") == "application/json" and "$ref" in variant.get("contentSchema", {}):
            payloads.append(_ref_name(variant["contentSchema"]["$ref"]))
    payloads = [name for name in payloads if name != ERROR_ENVELOPE]
    if len(payloads) != 1:
        raise AnnotationError(
            f"{where}: the text/event-stream schema must describe one event whose `data` has "
            "`contentMediaType: application/json` and a `contentSchema` $ref (besides the error envelope)"
        )
    payload = payloads[0]
    annotation: dict[str, Any] = {
        "payload": payload,
        "terminator": terminator,
        "discriminator": None,
        "error_event": None,
        "catch_all": None,
        "request_flag": "stream" if _has_boolean_property(spec, _request_schema(operation), "stream") else None,
    }
    payload_schema = spec["components"]["schemas"][payload]
    if "oneOf" in payload_schema or "anyOf" in payload_schema:
        discriminator = payload_schema.get("discriminator", {})
        if "propertyName" not in discriminator or "mapping" not in discriminator:
            raise AnnotationError(f"{where}: the event union {payload} needs a discriminator with a mapping")
        mapping = {value: _ref_name(target) for value, target in discriminator["mapping"].items()}
        annotation["discriminator"] = {"property": discriminator["propertyName"], "mapping": mapping}
        annotation["error_event"] = ERROR_EVENT if ERROR_EVENT in mapping else None
        union = payload_schema.get("oneOf", payload_schema.get("anyOf"))
        members = [_ref_name(member.get("$ref", "")) for member in union]
        catch_alls = [name for name in members if spec["components"]["schemas"].get(name, {}).get(CATCH_ALL_KEY)]
        annotation["catch_all"] = catch_alls[0] if catch_alls else None
    return annotation


def _request_schema(operation: dict[str, Any]) -> dict[str, Any]:
    content = operation.get("requestBody", {}).get("content", {})
    schema: dict[str, Any] = content.get("application/json", {}).get("schema", {})
    return schema


def _has_boolean_property(spec: dict[str, Any], schema: dict[str, Any], name: str) -> bool:
    schema = _resolve(spec, schema)
    prop = _resolve(spec, schema.get("properties", {}).get(name, {}))
    if prop.get("type") == "boolean":
        return True
    return any(_has_boolean_property(spec, part, name) for part in schema.get("allOf", []))


def _resolve(spec: dict[str, Any], node: Any) -> dict[str, Any]:
    """Follow a local `$ref` chain (`#/components/...`) to the object it names."""
    seen = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            raise AnnotationError(f"cannot resolve reference {ref!r}")
        seen.add(ref)
        node = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    if not isinstance(node, dict):
        raise AnnotationError(f"expected an object, got {node!r}")
    return node


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]
