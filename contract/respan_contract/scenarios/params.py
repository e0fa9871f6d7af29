"""Respan parameters: the merge order of the places they can be sent, the legacy names, and header decoding.

The effect of each merge is observed in the response itself, so any gateway can be judged: `request_breakdown`
true at one place and false at another decides whether the body holds `request_breakdown`, and
`load_balance_models` decides the response's `model`.
"""

from __future__ import annotations

import base64
from typing import Any

from respan_contract._formats import PARAMS_HEADERS, encode_params
from respan_contract.scenarios._base import Scenario
from respan_contract.scenarios._session import Session

HEADER, SPELLING, LEGACY_HEADER = PARAMS_HEADERS

# (description, body fields, headers, whether request_breakdown must be in the answer). First wins:
# top level > respan_params > keywordsai_params > X-Data-Respan-Params > X-Respan-Params > X-Data-Keywordsai-Params.
BODY_ORDER: list[tuple[str, dict[str, Any], dict[str, Any], bool]] = [
    (
        "top level wins over respan_params",
        {"request_breakdown": False, "respan_params": {"request_breakdown": True}},
        {},
        False,
    ),
    (
        "top level wins over respan_params",
        {"request_breakdown": True, "respan_params": {"request_breakdown": False}},
        {},
        True,
    ),
    (
        "respan_params wins over keywordsai_params",
        {"respan_params": {"request_breakdown": False}, "keywordsai_params": {"request_breakdown": True}},
        {},
        False,
    ),
    (
        "respan_params wins over keywordsai_params",
        {"respan_params": {"request_breakdown": True}, "keywordsai_params": {"request_breakdown": False}},
        {},
        True,
    ),
    ("respan_params alone", {"respan_params": {"request_breakdown": True}}, {}, True),
    ("legacy keywordsai_params alone", {"keywordsai_params": {"request_breakdown": True}}, {}, True),
]
HEADER_ORDER: list[tuple[str, dict[str, Any], dict[str, Any], bool]] = [
    (f"{HEADER} alone (no default applied before the merge)", {}, {HEADER: {"request_breakdown": True}}, True),
    (f"{SPELLING} alone", {}, {SPELLING: {"request_breakdown": True}}, True),
    (f"legacy {LEGACY_HEADER} alone", {}, {LEGACY_HEADER: {"request_breakdown": True}}, True),
    ("top level wins over the header", {"request_breakdown": False}, {HEADER: {"request_breakdown": True}}, False),
    (
        "respan_params wins over the header",
        {"respan_params": {"request_breakdown": True}},
        {HEADER: {"request_breakdown": False}},
        True,
    ),
    (
        "keywordsai_params wins over the header",
        {"keywordsai_params": {"request_breakdown": False}},
        {HEADER: {"request_breakdown": True}},
        False,
    ),
    (
        f"{HEADER} wins over {SPELLING}",
        {},
        {HEADER: {"request_breakdown": False}, SPELLING: {"request_breakdown": True}},
        False,
    ),
    (
        f"{SPELLING} wins over {LEGACY_HEADER}",
        {},
        {SPELLING: {"request_breakdown": True}, LEGACY_HEADER: {"request_breakdown": False}},
        True,
    ),
    (
        f"{HEADER} wins over {LEGACY_HEADER}",
        {},
        {HEADER: {"request_breakdown": False}, LEGACY_HEADER: {"request_breakdown": True}},
        False,
    ),
]


def _check_breakdown_rows(session: Session, rows: list[tuple[str, dict[str, Any], dict[str, Any], bool]]) -> None:
    for kind in session.kinds():
        for description, fields, headers, present in rows:
            response = session.post(kind, session.body(kind, **fields), params_headers=headers)
            body = session.json_body(response, session.component(kind), f"{kind}: {description}")
            if body is not None:
                shown = "request_breakdown" in body
                session.expect(
                    shown is present,
                    f"{kind}: {description}: request_breakdown is {'missing' if present else 'present'}",
                    response,
                    "the merged request_breakdown should be " + str(present).lower(),
                )


def _body_merge_order(session: Session) -> None:
    _check_breakdown_rows(session, BODY_ORDER)


def _header_merge_order(session: Session) -> None:
    _check_breakdown_rows(session, HEADER_ORDER)


def _model_merge_order(session: Session) -> None:
    """`load_balance_models` with a single entry names the serving model, so the response's `model` shows which
    place won."""
    primary, alternate = session.profile.model, session.profile.alternate_model

    def pick(model: str) -> list[dict[str, Any]]:
        return [{"model": model, "weight": 1}]

    rows: list[tuple[str, dict[str, Any], dict[str, Any], str]] = [
        (
            "top level wins over respan_params",
            {"load_balance_models": pick(alternate), "respan_params": {"load_balance_models": pick(primary)}},
            {},
            alternate,
        ),
        (
            "respan_params wins over keywordsai_params",
            {
                "respan_params": {"load_balance_models": pick(alternate)},
                "keywordsai_params": {"load_balance_models": pick(primary)},
            },
            {},
            alternate,
        ),
    ]
    if "respan_headers" in session.capabilities:
        rows.append(
            (
                "the body wins over the header",
                {"respan_params": {"load_balance_models": pick(alternate)}},
                {HEADER: {"load_balance_models": pick(primary)}},
                alternate,
            )
        )
        rows.append((f"{HEADER} alone", {}, {HEADER: {"load_balance_models": pick(alternate)}}, alternate))
    for kind in session.kinds():
        for description, fields, headers, expected in rows:
            response = session.post(kind, session.body(kind, **fields), params_headers=headers)
            body = session.json_body(response, session.component(kind), f"{kind}: {description}")
            if body is not None:
                session.expect(
                    body.get("model") == expected,
                    f"{kind}: {description}: served by {body.get('model')!r}, expected {expected!r}",
                    response,
                )


# (description, raw header value) of malformed values; each must get 400 naming the header.
MALFORMED = [
    ("not base64", "%%% not base64 %%%"),
    ("base64 of text that is not JSON", base64.b64encode(b"not json").decode()),
    ("base64 of a JSON array", encode_params([1, 2])),
    ("base64 of a JSON string", encode_params("request_breakdown")),
    ("base64 of an object that violates RespanParams", encode_params({"request_breakdown": "yes"})),
]


def _header_decoding(session: Session) -> None:
    kind = "chat"
    for name in PARAMS_HEADERS:
        for description, value in MALFORMED:
            response = session.post(kind, session.body(kind), headers={name: value})
            session.expect_error(response, 400, f"{name}: {description}", param=None)
            session.expect(
                _param_names(response, name), f"{name}: {description}: error.param does not name the header", response
            )
        unpadded = encode_params({"request_breakdown": True}).rstrip("=")
        response = session.post(kind, session.body(kind), headers={name: unpadded})
        body = session.json_body(response, "ChatCompletion", f"{name}: valid base64 without padding")
        if body is not None:
            session.expect("request_breakdown" in body, f"{name}: an unpadded value was not applied", response)
    response = session.post(kind, session.body(kind), headers={"X-Respan-Beta": "no-such-flag-2020-01-01"})
    session.expect_error(response, 400, "X-Respan-Beta: an unknown flag", param="/headers/X-Respan-Beta")


def _param_names(response: Any, header: str) -> bool:
    try:
        param = response.json()["error"]["param"]
    except (ValueError, KeyError, TypeError):
        return False
    return isinstance(param, str) and param.lower().startswith(f"/headers/{header.lower()}")


SCENARIOS = [
    Scenario(
        "merge-order-body",
        ("request_breakdown",),
        "top level > respan_params > keywordsai_params, legacy name accepted",
        _body_merge_order,
    ),
    Scenario(
        "merge-order-headers",
        ("respan_headers", "request_breakdown"),
        "body > X-Data-Respan-Params > X-Respan-Params > X-Data-Keywordsai-Params",
        _header_merge_order,
    ),
    Scenario(
        "merge-order-models",
        ("load_balancing",),
        "the merge order decides the serving model (load_balance_models)",
        _model_merge_order,
    ),
    Scenario(
        "header-decoding",
        ("respan_headers", "request_breakdown"),
        "malformed Respan headers get 400 naming the header; unpadded base64 works",
        _header_decoding,
    ),
]
