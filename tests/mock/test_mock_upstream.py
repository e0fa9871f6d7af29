"""The mock as the upstream of an OpenAI-format gateway: respan-gateway (the Rust gateway, in-process) with
an OpenAI provider whose base URL is the mock's /v1 calls {base}/chat/completions and {base}/responses."""

from __future__ import annotations

import httpx
import respan_gateway

from tests.mock.helpers import API_KEY, logged


def test_respan_gateway_uses_the_mock_as_its_upstream(client: httpx.Client, base_url: str) -> None:
    config = {
        "providers": {"mock": {"vendor": "openai", "base_url": f"{base_url}/v1", "key": API_KEY}},
        "plugins": {"routing": {"listings": False}},
    }
    with respan_gateway.Gateway(config=config) as gateway:
        chat = gateway.request(
            "POST",
            "/v1/chat/completions",
            json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]},
        )
        assert chat.status_code == 200, chat.text
        assert chat.json()["object"] == "chat.completion"
        stream = gateway.request(
            "POST",
            "/v1/chat/completions",
            json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}], "stream": True},
        )
        assert stream.status_code == 200
        assert stream.text.rstrip().endswith("data: [DONE]")
        response = gateway.request("POST", "/v1/responses", json={"model": "gpt-4o-mini", "input": "hi"})
        assert response.status_code == 200, response.text
        assert response.json()["status"] == "completed"
    entries = logged(client)
    assert [entry["path"] for entry in entries] == ["/v1/chat/completions"] * 2 + ["/v1/responses"]
    assert [entry["status"] for entry in entries] == [200, 200, 200]
    assert entries[0]["output"][0]["content"] == chat.json()["choices"][0]["message"]["content"]
