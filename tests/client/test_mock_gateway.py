"""The generated client against the mock gateway (respan_mock) on 127.0.0.1: every feature end to end."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from respan_gateway_client import (
    APIConnectionError,
    APIStatusError,
    AuthenticatedClient,
    AuthenticationError,
    BadRequestError,
    RetryPolicy,
    create_client,
)
from respan_gateway_client.api.chat import create_chat_completion
from respan_gateway_client.api.responses import create_response
from respan_gateway_client.models import (
    ChatStreamOptions,
    ChatTool,
    CompletionUsage,
    FunctionDefinition,
    FunctionParameters,
    OutputMessage,
    OutputText,
    RequestBreakdown,
    RespanParams,
    ResponseCompletedEvent,
    ResponseCreatedEvent,
    ResponseOutputTextDeltaEvent,
    ResponseWebSearchCallSearchingEvent,
    ToolCall,
    UnknownResponseStreamEvent,
    UrlCitation,
    WebSearchCall,
    WebSearchTool,
)
from respan_gateway_client.types import Unset
from respan_mock import MockConfig, running
from respan_mock.config import Failure

from tests.client.helpers import chat_body, output_text, responses_body

KEY = "client-test-key"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CONFIG = MockConfig(api_keys=(KEY,), failures={"flaky-model": Failure(times=2, status=503, retry_after=0)})


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with running(CONFIG) as url:
        yield url


@pytest.fixture
def client(base_url: str) -> AuthenticatedClient:
    return create_client(api_key=KEY, base_url=base_url, retry_policy=RetryPolicy(initial_delay=0.01))


def test_completion(client: AuthenticatedClient) -> None:
    detailed = create_chat_completion.sync_detailed(client=client, body=chat_body())
    assert detailed.parsed is not None
    assert detailed.parsed.choices[0].message.content
    assert detailed.headers["X-Respan-Log-Id"]


def test_chat_stream_sync_and_async(client: AuthenticatedClient) -> None:
    sync_text = "".join(
        c.choices[0].delta.content
        for c in create_chat_completion.stream_sync(client=client, body=chat_body())
        if c.choices and isinstance(c.choices[0].delta.content, str)
    )

    async def read() -> str:
        stream = await create_chat_completion.stream_asyncio(client=client, body=chat_body())
        parts = [c.choices[0].delta.content async for c in stream if c.choices]
        return "".join(p for p in parts if isinstance(p, str))

    assert sync_text
    assert asyncio.run(read()) == sync_text  # the mock answers deterministically


def test_responses_call_and_stream(client: AuthenticatedClient) -> None:
    response = create_response.sync(client=client, body=responses_body())
    events = list(create_response.stream_sync(client=client, body=responses_body()))
    assert isinstance(events[0], ResponseCreatedEvent)
    assert isinstance(events[-1], ResponseCompletedEvent)
    assert [e.sequence_number for e in events if not isinstance(e, UnknownResponseStreamEvent)] == list(
        range(len(events))
    )
    deltas = "".join(e.delta for e in events if isinstance(e, ResponseOutputTextDeltaEvent))
    assert deltas == output_text(events[-1].response) == output_text(response)


def test_final_completion_of_a_stream_is_the_non_stream_answer(client: AuthenticatedClient) -> None:
    breakdown = RespanParams(request_breakdown=True)
    answer = create_chat_completion.sync(client=client, body=chat_body(), respan_params=breakdown)
    body = chat_body(stream_options=ChatStreamOptions(include_usage=True))
    with create_chat_completion.stream_sync(client=client, body=body, respan_params=breakdown) as stream:
        deltas = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    final = stream.get_final_completion()
    assert final.choices[0].message.content == answer.choices[0].message.content == deltas == stream.get_final_text()
    assert final.choices[0].finish_reason == answer.choices[0].finish_reason == "stop"
    assert final.usage == answer.usage
    assert final.id.startswith("chatcmpl-")
    assert isinstance(final.request_breakdown, RequestBreakdown)
    assert isinstance(final.usage, CompletionUsage)
    assert final.request_breakdown.completion_tokens == final.usage.completion_tokens


def test_a_tool_call_stream_merges_into_the_non_stream_tool_call(client: AuthenticatedClient) -> None:
    parameters = FunctionParameters.from_dict({"type": "object", "properties": {"city": {"type": "string"}}})
    tools = [ChatTool(type_="function", function=FunctionDefinition(name="get_weather", parameters=parameters))]
    answer = create_chat_completion.sync(client=client, body=chat_body(tools=tools)).choices[0]
    final = create_chat_completion.stream_sync(client=client, body=chat_body(tools=tools)).get_final_completion()
    merged = final.choices[0]
    assert isinstance(answer.message.tool_calls, list)
    assert isinstance(merged.message.tool_calls, list)
    calls = [call for call in merged.message.tool_calls if isinstance(call, ToolCall)]
    answered = [call for call in answer.message.tool_calls if isinstance(call, ToolCall)]
    assert len(calls) == len(merged.message.tool_calls) == len(answered)
    assert [(c.function.name, c.function.arguments) for c in calls] == [
        (c.function.name, c.function.arguments) for c in answered
    ]
    assert calls[0].id.startswith("call_")
    assert merged.finish_reason == answer.finish_reason == "tool_calls"


def test_final_response_of_a_stream_is_the_non_stream_answer(client: AuthenticatedClient) -> None:
    answer = create_response.sync(client=client, body=responses_body())
    stream = create_response.stream_sync(client=client, body=responses_body())
    final = stream.get_final_response()
    assert (final.status, final.model) == (answer.status, answer.model) == ("completed", "gpt-4o-mini")
    assert output_text(final) == output_text(answer) == stream.get_final_text()
    assert final.usage == answer.usage


def test_async_final_results_against_the_gateway(client: AuthenticatedClient) -> None:
    async def read() -> tuple[str | None, str, str]:
        chat = await create_chat_completion.stream_asyncio(client=client, body=chat_body())
        completion = await chat.get_final_completion()
        async with await create_response.stream_asyncio(client=client, body=responses_body()) as responses:
            async for _ in responses:
                pass
            response = await responses.get_final_response()
        return completion.choices[0].message.content, output_text(response), await responses.get_final_text()

    content, response_text, deltas = asyncio.run(read())
    assert content == create_chat_completion.sync(client=client, body=chat_body()).choices[0].message.content
    assert response_text == deltas == output_text(create_response.sync(client=client, body=responses_body()))


def test_a_dropped_stream_has_no_final_completion(base_url: str) -> None:
    client = create_client(api_key=KEY, base_url=base_url, headers={"Prefer": "disconnect-after=2"})
    stream = create_chat_completion.stream_sync(client=client, body=chat_body())
    with pytest.raises(APIConnectionError):
        stream.get_final_completion()
    with pytest.raises(RuntimeError, match="did not reach its end"):
        stream.get_final_text()


def test_respan_params_header_reaches_the_gateway(client: AuthenticatedClient) -> None:
    plain = create_chat_completion.sync(client=client, body=chat_body())
    with_header = create_chat_completion.sync(
        client=client, body=chat_body(), respan_params=RespanParams(request_breakdown=True)
    )
    assert isinstance(plain.request_breakdown, Unset)
    assert isinstance(with_header.request_breakdown, RequestBreakdown)
    assert with_header.request_breakdown.model == "gpt-4o-mini"


def test_body_fields_win_over_the_header_in_the_gateway_merge(client: AuthenticatedClient) -> None:
    result = create_chat_completion.sync(
        client=client, body=chat_body(request_breakdown=False), respan_params=RespanParams(request_breakdown=True)
    )
    assert isinstance(result.request_breakdown, Unset)


def test_client_wide_params_reach_the_gateway(base_url: str) -> None:
    client = create_client(api_key=KEY, base_url=base_url, respan_params=RespanParams(request_breakdown=True))
    result = create_chat_completion.sync(client=client, body=chat_body())
    assert isinstance(result.request_breakdown, RequestBreakdown)


def test_typed_errors(base_url: str, client: AuthenticatedClient) -> None:
    with pytest.raises(AuthenticationError):
        create_chat_completion.sync(client=create_client(api_key="wrong", base_url=base_url), body=chat_body())
    with pytest.raises(BadRequestError) as caught:
        create_chat_completion.sync(client=client, body=chat_body(temperature=3))
    assert caught.value.param == "/temperature"
    assert caught.value.type == "invalid_request_error"


def test_retries_a_model_that_fails_twice(client: AuthenticatedClient) -> None:
    body = chat_body()
    body.model = "flaky-model"
    assert create_chat_completion.sync(client=client, body=body).choices[0].message.content


def test_a_dropped_stream_is_not_retried(base_url: str) -> None:
    client = create_client(api_key=KEY, base_url=base_url, headers={"Prefer": "disconnect-after=2"})
    received = []
    with pytest.raises(APIConnectionError):
        for event in create_chat_completion.stream_sync(client=client, body=chat_body()):
            received.append(event)
    assert len(received) == 2


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ("chat_completion.py", "finish_reason stop"),
        ("chat_stream.py", "tokens]"),
        ("responses_call.py", "completed after"),
        ("respan_params_header.py", "[log id "),
    ],
)
def test_examples_run_against_the_mock(base_url: str, script: str, expected: str) -> None:
    env = {**os.environ, "RESPAN_BASE_URL": base_url, "RESPAN_API_KEY": KEY}
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / script)], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout
    assert result.stderr == ""


def test_an_example_without_a_key_says_so(base_url: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "RESPAN_API_KEY"} | {"RESPAN_BASE_URL": base_url}
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "chat_completion.py")], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert result.stderr == "error: no API key: pass api_key=... or set the RESPAN_API_KEY environment variable\n"


def test_the_generated_readme_snippets_run(base_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RESPAN_BASE_URL", base_url)
    monkeypatch.setenv("RESPAN_API_KEY", KEY)
    readme = (EXAMPLES.parent / "generated" / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.DOTALL)
    assert len(blocks) >= 6
    namespace: dict[str, object] = {}
    for block in blocks:  # one namespace: later snippets use the `client` and `body` of earlier ones
        exec(compile(block, "generated/README.md", "exec"), namespace)


def test_an_error_of_either_endpoint_names_its_log_id(client: AuthenticatedClient, base_url: str) -> None:
    with pytest.raises(APIStatusError) as chat_error:
        create_chat_completion.sync(client=client, body=chat_body(temperature=5.0))
    with pytest.raises(APIStatusError) as responses_error:
        create_response.sync(client=client, body=responses_body(previous_response_id="resp_missing"))
    logged = {entry["log_id"] for entry in httpx.get(f"{base_url}/_mock/requests").json()["requests"]}
    for caught in (chat_error, responses_error):
        assert caught.value.request_id, caught.value
        assert caught.value.request_id in logged


def test_the_client_reads_a_web_search_answer_and_stream_of_the_mock(client: AuthenticatedClient) -> None:
    body = responses_body(tools=[WebSearchTool(type_="web_search")], include=["web_search_call.action.sources"])
    answer = create_response.sync(client=client, body=body)
    assert answer is not None
    search, message = answer.output
    assert isinstance(search, WebSearchCall) and search.status == "completed"
    assert isinstance(message, OutputMessage)
    cited = [a for part in message.content if isinstance(part, OutputText) for a in part.annotations]
    assert cited and all(isinstance(annotation, UrlCitation) for annotation in cited)
    with create_response.stream_sync(client=client, body=body) as stream:
        events = list(stream)
    assert any(isinstance(event, ResponseWebSearchCallSearchingEvent) for event in events)
    assert not any(isinstance(event, UnknownResponseStreamEvent) for event in events)
    final = stream.get_final_response()
    assert [type(item) for item in final.output] == [WebSearchCall, OutputMessage]
