"""Constants and helpers shared by the mock gateway's tests."""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx

API_KEY = "test-key"
AUTH = {"Authorization": f"Bearer {API_KEY}"}

# The session server's config: prompts, failing models and a load balance group for the behaviour tests.
CONFIG: dict[str, Any] = {
    "api_keys": [API_KEY],
    "answers": {"min_tokens": 8, "max_tokens": 40},
    "models": {"my-azure-gpt": {"provider": "azure", "input_price": 1, "output_price": 1}},
    "failures": {
        "broken-model": {"message": "provider unavailable"},
        "flaky-model": {"times": 2},
        "overloaded-model": {"status": 503, "retry_after": 0},
    },
    "prompts": {
        "welcome-email": {
            "deployed_version": 1,
            "versions": {
                "1": {
                    "model": "gpt-4o-mini",
                    "messages": [
                        {"role": "system", "content": "You write short emails."},
                        {"role": "user", "content": "Welcome {{customer_name}} to {{product}}."},
                    ],
                    "params": {"temperature": 0.3},
                },
                "2": {
                    "model": "claude-3-5-haiku-20241022",
                    "messages": [{"role": "user", "content": "Greet {{customer_name}} warmly."}],
                },
            },
        }
    },
    "load_balance_groups": {
        "pool": [{"model": "gpt-4o", "weight": 3}, {"model": "claude-3-5-sonnet-20241022", "weight": 1}]
    },
}


def b64(params: dict[str, Any]) -> str:
    """A base64-JSON Respan parameters header value."""
    return base64.b64encode(json.dumps(params).encode()).decode()


def chat_body(text: str = "Say hello.", **extra: Any) -> dict[str, Any]:
    return {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}], **extra}


def logged(http: httpx.Client) -> list[dict[str, Any]]:
    """The inspection API's request log, oldest first."""
    entries: list[dict[str, Any]] = http.get("/_mock/requests").json()["requests"]
    return entries
