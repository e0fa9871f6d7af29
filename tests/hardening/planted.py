"""Planted secrets: unique values put where API keys and provider credentials travel, and a search for them
in any text a user may see (logs, the inspection API, error messages, reports), as written or base64-encoded
(the Respan parameter headers carry credentials in base64 JSON)."""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True)
class Planted:
    """One value per place a secret travels; `new()` makes them unique to a test run."""

    api_key: str  # the mock's configured key (Authorization: Bearer)
    wrong_key: str  # a key the mock does not know
    query_key: str  # a key a careless client sends as ?api_key=
    customer_credential: str  # customer_credentials
    override_credential: str  # credential_override
    model_credential: str  # load_balance_models[].credentials

    @classmethod
    def new(cls) -> Planted:
        return cls(**{field.name: f"planted-{field.name}-{secrets.token_hex(8)}" for field in fields(cls)})

    def values(self) -> dict[str, str]:
        return {field.name: getattr(self, field.name) for field in fields(self)}

    def provider_credentials(self) -> dict[str, Any]:
        """`customer_credentials` and `credential_override` holding planted keys."""
        return {
            "customer_credentials": {"openai": self.customer_credential},
            "credential_override": {"anthropic": {"api_key": self.override_credential, "api_version": "2023-06-01"}},
        }

    def credentials(self) -> dict[str, Any]:
        """Respan parameters holding every planted provider credential (the models to balance included)."""
        model = {"model": "gpt-4o-mini", "weight": 1, "credentials": {"api_key": self.model_credential}}
        return {**self.provider_credentials(), "load_balance_models": [model]}


def leaks(text: str, planted: Planted) -> list[str]:
    """The names of the planted values found in `text`, as written or inside base64."""
    found = []
    for name, value in planted.values().items():
        if value in text or any(form in text for form in base64_forms(value)):
            found.append(name)
    return found


def base64_forms(value: str) -> list[str]:
    """What `value` looks like inside the base64 of any longer string: one form per alignment of its first byte
    (the characters that also depend on the neighbouring bytes are left out)."""
    raw = value.encode()
    forms = []
    for offset in range(3):
        encoded = base64.b64encode(b"\0" * offset + raw).decode()
        first_whole_group = -(-offset // 3)
        last_whole_group = (offset + len(raw)) // 3
        forms.append(encoded[4 * first_whole_group : 4 * last_whole_group])
    return forms


def header_value(params: dict[str, Any]) -> str:
    """A base64-JSON Respan parameters header value."""
    return base64.b64encode(json.dumps(params).encode()).decode()
