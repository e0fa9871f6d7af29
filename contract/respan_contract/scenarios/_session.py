"""What a scenario works with: requests to the target (counted, each kept for its curl reproduction) and a list of
findings, one per broken expectation."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from respan_contract._curl import curl_command
from respan_contract._formats import encode_params
from respan_contract._profile import Profile
from respan_contract._results import Finding
from respan_contract._sse import ServerSentEvent, parse_events
from respan_contract._streams import SchemaValidators
from respan_contract._target import Target


@dataclass
class Session:
    client: httpx.Client
    target: Target
    profile: Profile
    validators: SchemaValidators
    capabilities: frozenset[str] = frozenset()  # those the target has (declared or probed)
    spec: Mapping[str, Any] = field(default_factory=dict)  # the spec the target is tested against
    findings: list[Finding] = field(default_factory=list)
    requests: int = 0

    def body(self, kind: str, text: str = "Say hello.", **extra: Any) -> dict[str, Any]:
        """A minimal valid body for `kind` ("chat" or "responses") with the profile's model."""
        if kind == "chat":
            return {"model": self.profile.model, "messages": [{"role": "user", "content": text}], **extra}
        return {"model": self.profile.model, "input": text, **extra}

    def post(
        self,
        kind: str,
        body: Any = None,
        *,
        headers: Mapping[str, str] | None = None,
        params_headers: Mapping[str, Any] | None = None,
        auth: bool = True,
        content: bytes | None = None,
    ) -> httpx.Response:
        """POST to an operation. `params_headers` maps a Respan header name to the object it encodes."""
        sent = dict(headers or {})
        if auth and self.target.api_key:
            sent.setdefault("Authorization", f"Bearer {self.target.api_key}")
        for name, params in (params_headers or {}).items():
            sent[name] = encode_params(params)
        if content is None:
            content = json.dumps(body).encode()
            sent.setdefault("Content-Type", "application/json")
        self.requests += 1
        return self.client.post(self.target.path(kind), content=content, headers=sent)

    def events(self, response: httpx.Response) -> list[ServerSentEvent]:
        return parse_events(response.content)

    def kinds(self) -> tuple[str, ...]:
        """The operations the target serves."""
        return tuple(kind for kind in ("chat", "responses") if kind in self.capabilities)

    def component(self, kind: str) -> str:
        return "ChatCompletion" if kind == "chat" else "Response"

    def expect(self, condition: bool, title: str, response: httpx.Response | None = None, detail: str = "") -> bool:
        """Record a finding unless `condition` holds; returns `condition`."""
        if not condition:
            message = detail
            if response is not None:
                message = f"{detail}\nHTTP {response.status_code}: {response.text[:600]}".strip()
            curl = curl_command(response.request) if response is not None else None
            self.findings.append(Finding(title, message, curl))
        return condition

    def expect_status(self, response: httpx.Response, status: int, title: str) -> bool:
        return self.expect(response.status_code == status, f"{title}: expected HTTP {status}", response)

    def expect_error(self, response: httpx.Response, status: int, title: str, param: str | None = None) -> bool:
        """`status` with a valid error envelope (and, when given, `error.param` equal to `param`)."""
        if not self.expect_status(response, status, title):
            return False
        try:
            body = response.json()
        except ValueError:
            return self.expect(False, f"{title}: the error body is not JSON", response)
        problems = self.validators.errors("ErrorResponse", body)
        ok = self.expect(
            not problems, f"{title}: the error body is not the documented envelope", response, str(problems)
        )
        if ok and param is not None:
            actual = body["error"].get("param")
            ok = self.expect(actual == param, f"{title}: error.param is {actual!r}, expected {param!r}", response)
        return ok

    def json_body(self, response: httpx.Response, component: str, title: str) -> dict[str, Any] | None:
        """The 200 body, valid against `component`; None (and a finding) otherwise."""
        if not self.expect_status(response, 200, title):
            return None
        try:
            body = response.json()
        except ValueError:
            self.expect(False, f"{title}: the body is not JSON", response)
            return None
        problems = self.validators.errors(component, body)
        if not self.expect(not problems, f"{title}: the body is not a valid {component}", response, str(problems)):
            return None
        assert isinstance(body, dict)
        return body
