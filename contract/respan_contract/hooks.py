"""Schemathesis hooks that make the kit's generated requests what they claim to be.

- `base64-json` headers get generated values: encoded `RespanParams` objects (see `_formats`).
- A case generated as valid keeps only valid values of the optional headers. Schemathesis sometimes sends values
  its own header schema rejects while labelling the case valid: in the coverage phase it fills headers whose
  pattern needs characters other than letters and digits with "0" (`X-Respan-Beta: 0`), and it reuses strings
  seen in responses or in the schema ("msg_1", "$ref") as `base64-json` values. A correct gateway rejects those,
  and `positive_data_acceptance` would blame it. Such a header is dropped, which keeps the case valid (every
  header of both operations is optional); cases generated as invalid are left alone.
- Half of the valid generated cases ask for a stream (`stream: true`), so that the stream checks see streams as
  often as JSON answers (left to chance, few bodies carry `stream` at all).
- Half of the valid generated cases ask for things the semantic checks judge (`n`, `stop`, logprobs, a JSON output
  format, a forced tool choice, routing, ...: see `_asks`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import schemathesis
from hypothesis import strategies as st
from schemathesis import GenerationMode

from respan_contract._asks import asks
from respan_contract._formats import register_format
from respan_contract._headers import HeaderRules
from respan_contract._operations import KINDS


def install(schema: schemathesis.BaseSchema, spec: Mapping[str, Any]) -> None:
    """Register the `base64-json` format and attach the hooks to `schema` (loaded from `spec`)."""
    register_format(spec)
    rules = HeaderRules(spec)

    def map_case(context: schemathesis.HookContext, case: schemathesis.Case[Any]) -> schemathesis.Case[Any]:
        if case.headers and _is_positive(case):
            for name in rules.invalid(case.operation.path, case.headers):
                del case.headers[name]
        return case

    def flatmap_case(context: schemathesis.HookContext, case: schemathesis.Case[Any]) -> st.SearchStrategy[Any]:
        kind = KINDS.get(str(case.operation.definition.raw.get("operationId")))
        if kind is None or not (isinstance(case.body, dict) and _is_positive(case)):
            return st.just(case)
        bodies = st.just(case.body) | asks(kind, case.body)
        return bodies.flatmap(_streamed).map(lambda body: _with_body(case, body))

    schema.hook(map_case)
    schema.hook(flatmap_case)


def _streamed(body: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """`body` as it is, or (half the time) asking for a stream."""
    if body.get("stream") is True:
        return st.just(body)
    return st.booleans().map(lambda stream: {**body, "stream": True} if stream else body)


def _with_body(case: schemathesis.Case[Any], body: dict[str, Any]) -> schemathesis.Case[Any]:
    case.body = body
    return case


def _is_positive(case: schemathesis.Case[Any]) -> bool:
    # The case's own mode, which `positive_data_acceptance` judges by: the coverage phase labels its "0" filler
    # header negative while the case as a whole is labelled valid.
    return case.meta is not None and case.meta.generation.mode == GenerationMode.POSITIVE
