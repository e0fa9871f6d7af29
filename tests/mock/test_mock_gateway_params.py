"""The gateway's parameters, each observable in the response or in the inspection API."""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

import httpx
import pytest
from respan_mock import MockConfig, running

from tests.mock.helpers import AUTH, CONFIG, b64, chat_body, logged

SECRET = "sk-live-0123456789abcdef"


def chat(client: httpx.Client, headers: dict[str, str] | None = None, **fields: Any) -> httpx.Response:
    return client.post("/api/chat/completions", json={**chat_body(), **fields}, headers=headers or {})


def served(client: httpx.Client, **fields: Any) -> dict[str, Any]:
    response = chat(client, **fields)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


# --- merge order -------------------------------------------------------------------------------------------

SOURCES = [
    ("top", ""),
    ("respan_params", "/respan_params"),
    ("keywordsai_params", "/keywordsai_params"),
    ("X-Data-Respan-Params", "/headers/X-Data-Respan-Params"),
    ("X-Respan-Params", "/headers/X-Respan-Params"),
    ("X-Data-Keywordsai-Params", "/headers/X-Data-Keywordsai-Params"),
]


@pytest.mark.parametrize("first", range(len(SOURCES)))
def test_merge_order_first_source_wins(client: httpx.Client, first: int) -> None:
    """Each source sets span_name to its own name; with sources[first:] present, sources[first] must win."""
    body = chat_body()
    headers = {}
    for name, _ in SOURCES[first:]:
        if name == "top":
            body["span_name"] = name
        elif name.startswith("X-"):
            headers[name] = b64({"span_name": name, "thread_identifier": name})
        else:
            body[name] = {"span_name": name}
    assert client.post("/api/chat/completions", json=body, headers=headers).status_code == 200
    entry = logged(client)[-1]
    assert entry["params"]["span_name"] == SOURCES[first][0]
    assert entry["param_sources"]["span_name"] == SOURCES[first][1]


def test_merge_is_per_parameter(client: httpx.Client) -> None:
    headers = {"X-Data-Respan-Params": b64({"customer_identifier": "from-header", "disable_log": True})}
    served_body = chat(client, headers=headers, customer_identifier="from-body")
    assert served_body.status_code == 200
    entry = logged(client)[-1]
    assert entry["params"]["customer_identifier"] == "from-body"
    # A parameter absent from the body is not defaulted there: the header's disable_log applies.
    assert entry["params"]["disable_log"] is True
    assert entry["input"] is None and entry["output"] is None


# --- fallbacks and retries -----------------------------------------------------------------------------------


def test_fallback_serves_when_the_primary_fails(client: httpx.Client) -> None:
    completion = served(client, model="broken-model", fallback_models=["gpt-4o", "gpt-4o-mini"], request_breakdown=True)
    assert completion["model"] == "gpt-4o"
    assert completion["request_breakdown"]["attempts"] == [
        {"model": "broken-model", "status": "error", "error": "provider unavailable"},
        {"model": "gpt-4o", "status": "success", "error": None},
    ]


def test_every_candidate_failing_is_424_with_every_attempt_logged(client: httpx.Client) -> None:
    response = chat(client, model="broken-model", fallback_models=["broken-model", "overloaded-model"], retries=1)
    assert response.status_code == 503  # the last failure's configured status, with its Retry-After
    assert response.headers["Retry-After"] == "0"
    attempts = logged(client)[-1]["attempts"]
    assert [attempt["model"] for attempt in attempts] == ["broken-model"] * 2 + ["overloaded-model"] * 2
    only_broken = chat(client, model="broken-model")
    assert only_broken.status_code == 424
    assert only_broken.json()["error"]["code"] == "all_models_failed"


def test_retry_params_retry_a_model_that_fails_twice(client: httpx.Client) -> None:
    retry = {"retry_enabled": True, "num_retries": 2, "retry_after": 0}
    completion = served(client, model="flaky-model", retry_params=retry, request_breakdown=True)
    assert [a["status"] for a in completion["request_breakdown"]["attempts"]] == ["error", "error", "success"]


def test_without_retries_a_flaky_model_fails_twice_then_succeeds(client: httpx.Client) -> None:
    statuses = [chat(client, model="flaky-model").status_code for _ in range(3)]
    assert statuses == [424, 424, 200]


def test_retries_parameter_and_disabled_retry_params(client: httpx.Client) -> None:
    assert chat(client, model="flaky-model", retries=1, retry_params={"retry_enabled": False}).status_code == 424
    assert chat(client, model="flaky-model", retries=1).status_code == 200


# --- cache ---------------------------------------------------------------------------------------------------


def test_cache_miss_then_hit(client: httpx.Client) -> None:
    first = chat(client, cache_enabled=True, request_breakdown=True)
    second = chat(client, cache_enabled=True, request_breakdown=True)
    assert (first.headers["X-Respan-Cache"], second.headers["X-Respan-Cache"]) == ("miss", "hit")
    assert first.json()["choices"] == second.json()["choices"]
    assert first.json()["id"] != second.json()["id"]
    assert second.json()["request_breakdown"]["cached"] is True
    assert "X-Respan-Cache" not in chat(client).headers


def test_cache_is_keyed_by_content_and_expires(client: httpx.Client) -> None:
    chat(client, cache_enabled=True, cache_ttl=0.2)
    assert chat(client, cache_enabled=True, temperature=0.1).headers["X-Respan-Cache"] == "miss"
    assert chat(client, cache_enabled=True).headers["X-Respan-Cache"] == "hit"
    time.sleep(0.3)
    assert chat(client, cache_enabled=True).headers["X-Respan-Cache"] == "miss"


@pytest.mark.parametrize(
    "shape",
    [{"max_tokens": 3}, {"stop": ["."]}, {"logprobs": True, "top_logprobs": 2}, {"n": 2}],
)
def test_a_cached_answer_is_not_served_to_a_request_shaped_differently(
    client: httpx.Client, shape: dict[str, Any]
) -> None:
    whole = chat(client, cache_enabled=True)
    shaped = chat(client, cache_enabled=True, **shape)
    assert shaped.headers["X-Respan-Cache"] == "miss"
    assert shaped.json()["choices"] != whole.json()["choices"]
    assert chat(client, cache_enabled=True, **shape).headers["X-Respan-Cache"] == "hit"
    again = chat(client, cache_enabled=True)
    assert (again.headers["X-Respan-Cache"], again.json()["choices"]) == ("hit", whole.json()["choices"])


def test_responses_cache_keys_on_max_output_tokens(client: httpx.Client) -> None:
    body = {"model": "gpt-4o-mini", "input": "Hello", "cache_enabled": True}
    whole = client.post("/api/responses", json=body)
    cut = client.post("/api/responses", json={**body, "max_output_tokens": 3})
    assert (whole.headers["X-Respan-Cache"], cut.headers["X-Respan-Cache"]) == ("miss", "miss")
    assert (whole.json()["status"], cut.json()["status"]) == ("completed", "incomplete")


def test_cache_by_customer_partitions_the_cache(client: httpx.Client) -> None:
    options = {"cache_by_customer": True}
    chat(client, cache_enabled=True, cache_options=options, customer_identifier="alice")
    bob = chat(client, cache_enabled=True, cache_options=options, customer_identifier="bob")
    alice = chat(client, cache_enabled=True, cache_options=options, customer_identifier="alice")
    assert (bob.headers["X-Respan-Cache"], alice.headers["X-Respan-Cache"]) == ("miss", "hit")
    shared = chat(client, cache_enabled=True, customer_identifier="carol")
    assert shared.headers["X-Respan-Cache"] == "miss"
    assert chat(client, cache_enabled=True, customer_identifier="dave").headers["X-Respan-Cache"] == "hit"


def test_is_cached_by_model(client: httpx.Client) -> None:
    chat(client, cache_enabled=True)
    other_model = chat(client, cache_enabled=True, model="gpt-4o")
    assert other_model.headers["X-Respan-Cache"] == "hit"
    assert other_model.json()["model"] == "gpt-4o-mini"  # the cached answer names the model that served it
    by_model = {"is_cached_by_model": True}
    chat(client, cache_enabled=True, cache_options=by_model)
    assert chat(client, cache_enabled=True, cache_options=by_model, model="gpt-4o").headers["X-Respan-Cache"] == "miss"


def test_omit_log_skips_logging_cache_hits(client: httpx.Client) -> None:
    options = {"omit_log": True}
    chat(client, cache_enabled=True, cache_options=options)
    chat(client, cache_enabled=True, cache_options=options)
    assert [entry["cache"] for entry in logged(client)] == ["miss"]


def test_cached_stream_replays_the_answer(client: httpx.Client) -> None:
    whole = chat(client, cache_enabled=True).json()
    stream = chat(client, cache_enabled=True, stream=True)
    assert stream.headers["X-Respan-Cache"] == "hit"
    assert whole["choices"][0]["message"]["content"].split()[0] in stream.text


# --- prompts -------------------------------------------------------------------------------------------------

VARIABLES = {"customer_name": "Ada", "product": "Respan"}


def test_prompt_renders_the_deployed_version_and_echoes_it(client: httpx.Client) -> None:
    completion = served(client, prompt={"prompt_id": "welcome-email", "variables": VARIABLES})
    assert completion["prompt_messages"] == [
        {"role": "system", "content": "You write short emails."},
        {"role": "user", "content": "Welcome Ada to Respan."},
    ]
    assert logged(client)[-1]["input"] == completion["prompt_messages"]


def test_prompt_versions(client: httpx.Client) -> None:
    latest = served(client, prompt={"prompt_id": "welcome-email", "variables": VARIABLES, "version": "latest"})
    assert latest["prompt_messages"] == [{"role": "user", "content": "Greet Ada warmly."}]
    first = served(client, prompt={"prompt_id": "welcome-email", "variables": VARIABLES, "version": 1})
    assert len(first["prompt_messages"]) == 2
    missing = chat(client, prompt={"prompt_id": "welcome-email", "variables": VARIABLES, "version": 9})
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "prompt_version_not_found"


def test_prompt_echo_false_and_schema_version_2(client: httpx.Client) -> None:
    quiet = served(client, prompt={"prompt_id": "welcome-email", "variables": VARIABLES, "echo": False})
    assert "prompt_messages" not in quiet
    assert quiet["model"] == "gpt-4o-mini"
    prompt_wins = served(
        client, model="gpt-4o", prompt={"prompt_id": "welcome-email", "variables": VARIABLES, "schema_version": 2}
    )
    assert prompt_wins["model"] == "gpt-4o-mini"  # the prompt's model, not the request's
    override = served(
        client,
        model="gpt-4o",
        prompt={
            "prompt_id": "welcome-email",
            "variables": VARIABLES,
            "override": True,
            "override_params": {"model": "gpt-4.1", "max_tokens": 2},
        },
    )
    assert override["model"] == "gpt-4.1"
    assert override["usage"]["completion_tokens"] == 2


def test_unknown_prompt_is_404_and_missing_variable_is_400(client: httpx.Client) -> None:
    unknown = chat(client, respan_params={"prompt": {"prompt_id": "nope"}})
    assert unknown.status_code == 404
    assert unknown.json()["error"]["param"] == "/respan_params/prompt/prompt_id"
    missing = chat(client, prompt={"prompt_id": "welcome-email", "variables": {"customer_name": "Ada"}})
    assert missing.status_code == 400
    assert "'product'" in missing.json()["error"]["message"]
    assert missing.json()["error"]["param"] == "/prompt/variables"


@pytest.mark.parametrize("path", ["/api/chat/completions", "/api/responses"])
def test_override_params_of_the_wrong_type_are_400_naming_them(client: httpx.Client, path: str) -> None:
    prompt = {"prompt_id": "welcome-email", "variables": VARIABLES, "override": True}
    body = {"model": "gpt-4o-mini", "input": "x"} if path.endswith("responses") else chat_body()
    overrides = {"max_output_tokens": "lots"} if path.endswith("responses") else {"max_tokens": "lots"}
    response = client.post(path, json={**body, "prompt": {**prompt, "override_params": overrides}})
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["param"] == "/prompt/override_params/" + next(iter(overrides))
    assert "With prompt.override_params applied" in error["message"] and "integer, got string" in error["message"]


def test_a_stored_prompt_with_invalid_params_is_400_naming_the_prompt() -> None:
    version = {"messages": [{"role": "user", "content": "Hi."}], "params": {"temperature": "warm"}}
    config = MockConfig.from_dict({**CONFIG, "prompts": {"broken": {"versions": {"1": version}}}})
    with running(config) as url:
        response = httpx.post(
            f"{url}/api/chat/completions", json=chat_body(prompt={"prompt_id": "broken"}), headers=AUTH, timeout=30
        )
    assert response.status_code == 400
    assert response.json()["error"]["param"] == "/prompt/prompt_id"
    assert "With the stored prompt applied, the request is invalid: /temperature" in response.json()["error"]["message"]


def test_prompt_with_the_responses_api(client: httpx.Client) -> None:
    body = {
        "model": "gpt-4o-mini",
        "input": "ignored",
        "prompt": {"prompt_id": "welcome-email", "variables": VARIABLES},
    }
    assert client.post("/api/responses", json=body).status_code == 200
    assert logged(client)[-1]["input"][1] == {"role": "user", "content": "Welcome Ada to Respan."}


# --- load balancing and routing ------------------------------------------------------------------------------


def models_served(client: httpx.Client, count: int, **fields: Any) -> list[str]:
    return [served(client, **fields)["model"] for _ in range(count)]


def test_load_balance_models_follow_the_weights_reproducibly(client: httpx.Client) -> None:
    entries = [{"model": "gpt-4o", "weight": 3}, {"model": "claude-3-5-sonnet-20241022", "weight": 1}]
    picks = models_served(client, 8, load_balance_models=entries)
    assert Counter(picks) == {"gpt-4o": 6, "claude-3-5-sonnet-20241022": 2}
    client.post("/_mock/reset")
    assert models_served(client, 8, load_balance_models=entries) == picks


def test_load_balance_group_from_the_config(client: httpx.Client) -> None:
    picks = models_served(client, 4, load_balance_group={"group_id": "pool"})
    assert Counter(picks) == {"gpt-4o": 3, "claude-3-5-sonnet-20241022": 1}
    inline = models_served(
        client, 2, load_balance_group={"group_id": "any", "models": [{"model": "o3-mini", "weight": 1}]}
    )
    assert inline == ["o3-mini", "o3-mini"]
    unknown = chat(client, load_balance_group={"group_id": "nope"})
    assert unknown.status_code == 404
    assert unknown.json()["error"]["code"] == "load_balance_group_not_found"


def test_router_models_list(client: httpx.Client) -> None:
    picks = models_served(client, 4, models=["gpt-4.1", {"model": "gpt-4o", "weight": 1}])
    assert Counter(picks) == {"gpt-4.1": 2, "gpt-4o": 2}


def test_exclusions_skip_models_and_providers(client: httpx.Client) -> None:
    fallbacks = ["claude-3-5-sonnet-20241022", "gemini-1.5-pro"]
    skipped = served(client, model="gpt-4o", fallback_models=fallbacks, exclude_models=["gpt-4o"])
    assert skipped["model"] == "claude-3-5-sonnet-20241022"
    by_provider = served(
        client,
        model="gpt-4o",
        fallback_models=fallbacks,
        exclude_providers=["openai", "anthropic"],
        request_breakdown=True,
    )
    assert (by_provider["model"], by_provider["request_breakdown"]["provider"]) == ("gemini-1.5-pro", "google")
    configured = served(client, model="my-azure-gpt", request_breakdown=True)
    assert configured["request_breakdown"]["provider"] == "azure"
    nothing = chat(client, model="gpt-4o", exclude_providers=["openai"])
    assert nothing.status_code == 400
    assert nothing.json()["error"]["code"] == "no_routable_model"
    assert nothing.json()["error"]["param"] == "/exclude_providers"


def test_route_provider_header_pins_the_provider(client: httpx.Client) -> None:
    response = chat(
        client,
        headers={"X-Respan-Route-Provider": "vertex_ai"},
        model="claude-3-5-sonnet-20241022",
        request_breakdown=True,
    )
    assert response.json()["request_breakdown"]["provider"] == "vertex_ai"
    excluded = chat(client, headers={"X-Respan-Route-Provider": "vertex_ai"}, exclude_providers=["vertex_ai"])
    assert excluded.status_code == 400


# --- customers -----------------------------------------------------------------------------------------------


def test_customer_rate_limit_is_429_with_retry_after(client: httpx.Client) -> None:
    limited = {"customer_identifier": "acme", "rate_limit": 2}
    statuses = [chat(client, customer_params=limited).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    refused = chat(client, customer_params=limited)
    assert 0 < int(refused.headers["Retry-After"]) <= 60
    assert refused.json()["error"]["code"] == "customer_rate_limit_exceeded"
    assert chat(client, customer_params={**limited, "customer_identifier": "other"}).status_code == 200


def test_customer_budgets(client: httpx.Client) -> None:
    none_left = chat(client, customer_params={"customer_identifier": "broke", "period_budget": 0})
    assert none_left.status_code == 429
    assert none_left.json()["error"]["code"] == "customer_budget_exceeded"
    assert none_left.json()["error"]["param"] == "/customer_params/period_budget"
    tiny = {"customer_identifier": "thrifty", "total_budget": 0.000001, "budget_duration": "daily"}
    assert chat(client, customer_params=tiny).status_code == 200  # spends more than the budget
    assert chat(client, customer_params=tiny).status_code == 429


def test_markup_percentage_counts_against_the_budget(client: httpx.Client) -> None:
    cost = served(client, request_breakdown=True)["request_breakdown"]["cost"]
    plain = {"customer_identifier": "plain", "total_budget": cost * 1.5}
    assert [chat(client, customer_params=plain).status_code for _ in range(3)] == [200, 200, 429]
    marked = {**plain, "customer_identifier": "marked", "markup_percentage": 100}
    assert [chat(client, customer_params=marked).status_code for _ in range(2)] == [200, 429]


# --- logging, breakdown, beta, credentials -------------------------------------------------------------------


def test_disable_log_omits_input_and_output(client: httpx.Client) -> None:
    chat(client, disable_log=True)
    chat(client)
    hidden, shown = logged(client)
    assert (hidden["input"], hidden["output"]) == (None, None)
    assert hidden["usage"]["completion_tokens"] > 0  # metrics are still recorded
    assert shown["input"] == chat_body()["messages"]
    assert shown["output"][0]["content"]


def test_request_breakdown_in_the_body_and_the_last_chunk(client: httpx.Client) -> None:
    assert "request_breakdown" not in served(client)
    breakdown = served(client, request_breakdown=True)["request_breakdown"]
    assert breakdown["model"] == "gpt-4o-mini" and breakdown["provider"] == "openai"
    assert breakdown["cost"] > 0 and breakdown["cached"] is False
    for include_usage in (False, True):
        usage = {"include_usage": include_usage}
        events = chat(client, stream=True, request_breakdown=True, stream_options=usage).text.strip().split("\n\n")
        assert "request_breakdown" in events[-2] and all("request_breakdown" not in e for e in events[:-2])
        assert '"time_to_first_token":0.' in events[-2]


def test_token_breakdown_beta_flag(client: httpx.Client) -> None:
    plain = served(client)["usage"]
    assert "prompt_tokens_details" not in plain
    detailed = chat(client, headers={"X-Respan-Beta": "token-breakdown-2026-03-26"}).json()["usage"]
    assert detailed["prompt_tokens_details"] == {"cached_tokens": 0, "audio_tokens": 0}
    assert detailed["completion_tokens_details"]["reasoning_tokens"] == 0


def test_credentials_are_accepted_but_never_echoed_or_logged(client: httpx.Client) -> None:
    headers = {"X-Data-Respan-Params": b64({"credential_override": {"anthropic": {"api_key": SECRET}}})}
    response = chat(
        client,
        headers=headers,
        customer_credentials={"openai": SECRET},
        load_balance_models=[{"model": "gpt-4o", "weight": 1, "credentials": {"api_key": SECRET}}],
        request_breakdown=True,
    )
    assert response.status_code == 200
    assert SECRET not in response.text
    log = client.get("/_mock/requests").text
    assert SECRET not in log
    params = logged(client)[-1]["params"]
    assert params["customer_credentials"] == {"openai": "[redacted]"}
    assert params["credential_override"] == {"anthropic": "[redacted]"}
    assert params["load_balance_models"][0]["credentials"] == "[redacted]"
