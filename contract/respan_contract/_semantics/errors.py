"""An error's `param` names a place in the request that was sent: a JSON pointer that resolves in the body
(`/messages/0/role`), in a header (`/headers/Content-Type`), inside a base64-JSON Respan header
(`/headers/X-Data-Respan-Params/cache_ttl`) or in the query (`/query/limit`). A pointer to a property the request
lacks resolves when the spec requires that property there (a "required property is missing" error names it)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from respan_contract._formats import PARAMS_HEADERS
from respan_contract._operations import resolve
from respan_contract._semantics._check import Problem, SemanticCheck
from respan_contract._semantics._exchange import Exchange
from respan_contract._semantics._values import as_dict, as_list, shorten

# Headers a request may lack that an error may still name: a body must say its media type.
_NEEDED_HEADERS = frozenset({"content-type"})


def _tokens(pointer: str) -> list[str]:
    return [token.replace("~1", "/").replace("~0", "~") for token in pointer[1:].split("/")]


def _missing_at(document: Any, tokens: list[str]) -> tuple[Any, str] | None:
    """None when `tokens` resolve in `document`; else (the deepest value reached, the first token that did not
    resolve there), when that token is the last one (a missing member, perhaps required), or (None, token)."""
    node = document
    for position, token in enumerate(tokens):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node) and str(int(token)) == token:
            node = node[int(token)]
        else:
            return (node, token) if position == len(tokens) - 1 else (None, token)
    return None


def _required_there(spec: Mapping[str, Any], schema: Any, tokens: list[str]) -> bool:
    """Whether a schema reachable at `tokens[:-1]` of `schema` lists `tokens[-1]` as required."""
    nodes = _expand(spec, schema)
    for token in tokens[:-1]:
        following: list[Mapping[str, Any]] = []
        for node in nodes:
            properties = as_dict(node.get("properties"))
            if token in properties:
                following += _expand(spec, properties[token])
            elif token.isdigit() and ("items" in node or "prefixItems" in node):
                prefix = as_list(node.get("prefixItems"))
                following += _expand(spec, prefix[int(token)] if int(token) < len(prefix) else node.get("items"))
            elif isinstance(node.get("additionalProperties"), dict):
                following += _expand(spec, node["additionalProperties"])
        nodes = following
    return any(tokens[-1] in as_list(node.get("required")) for node in nodes)


def _expand(spec: Mapping[str, Any], schema: Any, depth: int = 0) -> list[Mapping[str, Any]]:
    """`schema` and the schemas its allOf/anyOf/oneOf branches make of the same place, references followed."""
    if not isinstance(schema, Mapping) or depth > 16:
        return []
    schema = resolve(spec, schema)
    found = [schema]
    for keyword in ("allOf", "anyOf", "oneOf"):
        for branch in as_list(schema.get(keyword)):
            found += _expand(spec, branch, depth + 1)
    return found


def error_param_resolves(ex: Exchange) -> list[Problem] | None:
    param = (ex.error or {}).get("param")
    if not isinstance(param, str) or not param.startswith("/"):
        return None  # null, the whole request (""), or not a pointer (error_param_is_pointer's business)
    tokens = _tokens(param)
    where = "/error/param"
    if tokens[0] == "headers" and len(tokens) > 1:
        return _header_problems(ex, tokens[1:], param, where)
    if tokens[0] == "query" and len(tokens) == 2:
        if tokens[1] in ex.query:
            return []
        return [Problem(param, where, f"the request has no query parameter {tokens[1]!r}")]
    if ex.body is None:
        return [Problem(param, where, "a pointer into the body, but the request sent no JSON body")]
    missing = _missing_at(ex.body, tokens)
    if missing is None:
        return []
    parent, token = missing
    if isinstance(parent, dict) and _required_there(ex.spec, ex.request_schema, tokens):
        return []  # names the required property the request lacks
    return [Problem(param, where, f"{shorten(token)} does not resolve in the request that was sent")]


def _header_problems(ex: Exchange, tokens: list[str], param: str, where: str) -> list[Problem]:
    name = tokens[0]
    value = ex.headers.get(name.lower())
    if value is None:
        if len(tokens) == 1 and name.lower() in _NEEDED_HEADERS:
            return []
        return [Problem(param, where, f"the request sent no header {name!r}")]
    if len(tokens) == 1:
        return []
    params = ex.header_params(name) if _is_params_header(name) else None
    if params is None:
        return [Problem(param, where, f"a pointer into the header {name!r}, which is not a base64-JSON object")]
    missing = _missing_at(params, tokens[1:])
    if missing is None:
        return []
    parent, token = missing
    respan = {"$ref": "#/components/schemas/RespanParams"}
    if isinstance(parent, dict) and _required_there(ex.spec, respan, tokens[1:]):
        return []
    return [Problem(param, where, f"{shorten(token)} does not resolve in the header {name!r} that was sent")]


def _is_params_header(name: str) -> bool:
    return name.lower() in {header.lower() for header in PARAMS_HEADERS}


CHECKS = (
    SemanticCheck(
        "error_param_resolves",
        "the request that was sent (every error answer with a `param`)",
        "an error's param is a JSON pointer that resolves in the request that was sent",
        ("chat", "responses"),
        error_param_resolves,
    ),
)
