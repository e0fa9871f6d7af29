"""What becomes of a check's failure before Schemathesis reports it (a `filter_failure` hook):

- a valid request's 400 that the spec documents for it (`no_routable_model`, see `_semantics.rejections`) is not a
  `positive_data_acceptance` failure: dropped;
- a failure of a check the profile lists under `expect_failures` is kept aside in the `Ledger` instead, so that it
  neither fails the run nor stops the exploration of its operation (Schemathesis stops fuzzing an operation at its
  first failure), and is reported as expected."""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import schemathesis
from schemathesis.core.failures import Failure

from respan_contract._curl import replay_command
from respan_contract._semantics._exchange import exchange_for
from respan_contract._semantics.rejections import documented_rejection

_CUSTOM_TITLE = re.compile(r"Custom check failed: `([^`]+)`")


def check_name(failure: Failure) -> str | None:
    """The check that reported `failure`: named in a custom check's title, else the one its class belongs to."""
    match = _CUSTOM_TITLE.fullmatch(failure.title)
    if match:
        return match.group(1)
    names = type(failure).checks
    if "response_headers_conformance" in names and "header" not in failure.title.lower():
        names = tuple(name for name in names if name != "response_headers_conformance")
    return names[0] if names else None


@dataclass(frozen=True)
class SetAside:
    check: str
    operation: str
    case_id: str
    title: str
    message: str
    curl: str


@dataclass
class Ledger:
    """Failures of expected-to-fail checks, in the order they happened."""

    entries: list[SetAside] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, entry: SetAside) -> None:
        with self._lock:
            self.entries.append(entry)


def install(schema: schemathesis.BaseSchema, expected: Mapping[str, str]) -> Ledger:
    """Attach the hook to `schema`; the returned ledger fills with the failures of the `expected` checks."""
    ledger = Ledger()

    def filter_failure(context: schemathesis.HookContext, failure: Failure, case: Any, response: Any) -> bool:
        name = check_name(failure)
        if name == "positive_data_acceptance" and _documented(case, response):
            return False
        if name is not None and name in expected and response is not None and response.request is not None:
            request = response.request
            body = request.body.encode() if isinstance(request.body, str) else request.body
            curl = replay_command(str(request.method), str(request.url), request.headers.items(), body)
            ledger.add(SetAside(name, case.operation.label, case.id, failure.title, failure.message, curl))
            return False
        return True

    schema.hook(filter_failure)
    return ledger


def _documented(case: Any, response: Any) -> bool:
    exchange = exchange_for(case, response)
    return exchange is not None and documented_rejection(exchange)
