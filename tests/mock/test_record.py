"""`respan-mock record` end to end on loopback: the mock served for real as the upstream, the recording proxy in
front of it, an application (the openai SDK, unmodified) run through the proxy with credentials planted wherever
they travel; then the upstream stopped and the recorded folder replayed in strict mode, which must give the
application the same answers. A broken upstream shows the proxy's findings, event by event."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
import uvicorn
import yaml
from respan_mock import MockConfig, running
from respan_mock._record import recording
from respan_mock._server import bind
from respan_mock.testing import serve
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

UPSTREAM_KEY = "sk-upstream-AUTH-4f1c9e"
PROVIDER_KEY = "sk-provider-BODY-77aa31"
HEADER_KEY = "sk-provider-HEADER-0b9d2e"
BALANCER_KEY = "sk-provider-LB-5c6e80"
SECRETS = (UPSTREAM_KEY, PROVIDER_KEY, HEADER_KEY, BALANCER_KEY)
TOOLS: list[Any] = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
        },
    }
]
RESPONSES_TOOLS: list[Any] = [{"type": "function", **TOOLS[0]["function"]}]


def b64(value: Any) -> str:
    return base64.b64encode(json.dumps(value).encode()).decode()


def weather(arguments: str) -> str:
    return json.dumps({"arguments": json.loads(arguments), "celsius": 18})


def chat_loop(sdk: openai.OpenAI, stream: bool, question: str) -> list[Any]:
    """An agent loop; returns what the application saw of each answer (tool calls or text)."""
    messages: list[Any] = [{"role": "user", "content": question}]
    seen: list[Any] = []
    extra = {"customer_credentials": {"openai": {"api_key": PROVIDER_KEY}}}
    for _ in range(4):
        if stream:
            with sdk.chat.completions.stream(
                model="gpt-4o-mini", messages=messages, tools=TOOLS, extra_body=extra
            ) as s:
                for _event in s:
                    pass
                completion: Any = s.get_final_completion()
        else:
            completion = sdk.chat.completions.create(
                model="gpt-4o-mini", messages=messages, tools=TOOLS, extra_body=extra
            )
        message = completion.choices[0].message
        if not message.tool_calls:
            seen.append(message.content)
            return seen
        seen.append([(call.function.name, json.loads(call.function.arguments)) for call in message.tool_calls])
        messages.append(message.model_dump(exclude_none=True))
        messages += [
            {"role": "tool", "tool_call_id": c.id, "content": weather(c.function.arguments)} for c in message.tool_calls
        ]
    raise AssertionError("no answer")


def responses_loop(sdk: openai.OpenAI, stream: bool, question: str) -> list[Any]:
    """An agent loop continuing each response with previous_response_id."""
    turn: Any = question
    previous: str | None = None
    seen: list[Any] = []
    headers = {"X-Data-Respan-Params": b64({"credential_override": {"openai": {"api_key": HEADER_KEY}}})}
    for _ in range(4):
        options: dict[str, Any] = {"model": "gpt-4o-mini", "input": turn, "tools": RESPONSES_TOOLS}
        if previous:
            options["previous_response_id"] = previous
        if stream:
            with sdk.responses.stream(**options, extra_headers=headers) as s:
                for _event in s:
                    pass
                response: Any = s.get_final_response()
        else:
            response = sdk.responses.create(**options, extra_headers=headers)
        calls = [item for item in response.output if item.type == "function_call"]
        if not calls:
            seen.append(response.output_text)
            return seen
        seen.append([(call.name, json.loads(call.arguments)) for call in calls])
        turn = [{"type": "function_call_output", "call_id": c.call_id, "output": weather(c.arguments)} for c in calls]
        previous = response.id
    raise AssertionError("no answer")


def application(base_url: str) -> list[object]:
    """Everything the application does, and what it saw."""
    sdk = openai.OpenAI(base_url=f"{base_url}/api", api_key=UPSTREAM_KEY, max_retries=0)
    seen: list[object] = [
        chat_loop(sdk, False, "What is the weather in Paris?"),
        chat_loop(sdk, True, "And in Lyon?"),
        responses_loop(sdk, False, "Weather in Rome?"),
        responses_loop(sdk, True, "Weather in Oslo?"),
    ]
    balanced = sdk.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Say hi."}],
        extra_body={
            "load_balance_models": [{"model": "gpt-4o", "weight": 1, "credentials": {"api_key": BALANCER_KEY}}]
        },
    )
    seen.append((balanced.model, balanced.choices[0].message.content))
    with pytest.raises(openai.RateLimitError) as caught:
        sdk.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": "Too fast?"}],
        )
    seen.append((caught.value.status_code, caught.value.code, caught.value.response.headers["retry-after"]))
    return seen


def test_record_then_replay_with_the_upstream_stopped(tmp_path: Path) -> None:
    out = tmp_path / "recorded"
    with running(MockConfig(api_keys=(UPSTREAM_KEY,))) as upstream:
        # The upstream's answer repeats a credential: the recorded file must not.
        httpx.post(
            f"{upstream}/_mock/fixtures",
            json={"match": {"user": "Say hi."}, "reply": f"Hi! Your key is {PROVIDER_KEY}."},
        ).raise_for_status()
        httpx.post(
            f"{upstream}/_mock/fixtures",
            json={
                "match": {"user": "Too fast?"},
                "reply": {"error": {"status": 429, "code": "rate_limited", "retry_after": 3}},
            },
        ).raise_for_status()
        with recording(upstream, out) as (proxy, recorder):
            recorded = application(proxy)
            journal = httpx.get(f"{proxy}/_mock/requests").json()["requests"]
    assert recorder.findings == [], recorder.summary()
    assert recorded[4] == ("gpt-4o", f"Hi! Your key is {PROVIDER_KEY}.")  # what the upstream said
    assert len(journal) == recorder.exchanges == 10  # two turns per agent loop, then two single requests
    assert all(entry["recorded"] is not None for entry in journal), journal

    files = sorted(out.glob("*.yaml"))
    texts = {path.name: path.read_text() for path in files}
    for name, text in texts.items():
        for secret in SECRETS:
            assert secret not in text, f"{secret} in {name}"
            assert base64.b64encode(secret.encode()).decode()[:16] not in text
        assert "authorization" not in text.lower() and "credential" not in text.lower()
    assert any("Your key is [redacted]." in text for text in texts.values())
    first = yaml.safe_load(texts[files[0].name])["fixtures"][0]
    assert first["match"] == {
        "endpoint": "chat",
        "model": "gpt-4o-mini",
        "user": {"equals": "What is the weather in Paris?"},
        "tool_result": False,
    }
    assert first["reply"]["tool_calls"][0]["name"] == "get_weather"
    assert isinstance(first["reply"]["tool_calls"][0]["arguments"], dict)  # a mapping: it diffs as YAML
    error = next(yaml.safe_load(t)["fixtures"][0]["reply"] for t in texts.values() if "Too fast?" in t)
    assert error["error"]["status"] == 429 and error["error"]["retry_after"] == 3

    # The upstream is gone: the replay answers from the files alone, strictly.
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{upstream}/_mock/health")
    with serve(MockConfig(api_keys=(UPSTREAM_KEY,)), fixtures=[out], strict=True) as replay:
        replayed = application(replay.base_url)
        assert all(entry["fixture"] is not None for entry in replay.requests)
    recorded[4] = ("gpt-4o", "Hi! Your key is [redacted].")  # what the file holds
    assert replayed == recorded


@contextlib.contextmanager
def serve_app(app: Starlette) -> Iterator[str]:
    """Any ASGI app on a free loopback port, in a background thread."""
    sock = bind("127.0.0.1", 0)
    server = uvicorn.Server(uvicorn.Config(app, lifespan="off", log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.005)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join()
        sock.close()


def broken_gateway() -> Starlette:
    """A server of this API that gets several things wrong."""

    def sse(events: list[str]) -> Response:
        return Response("".join(events), media_type="text/event-stream")

    async def chat(request: Request) -> Response:
        body = await request.json()
        if body.get("temperature") == 0.1:
            return JSONResponse({"detail": "teapot"}, status_code=418)
        if not body.get("stream"):
            return JSONResponse({"id": "x", "object": "chat.completion", "created": 1, "model": "m"})  # no choices
        chunk = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m"}
        return sse(
            [
                f"data: {json.dumps({**chunk, 'choices': [{'index': 0, 'delta': {'content': 'Hi'}}]})}\n\n",
                f"data: {json.dumps({**chunk, 'id': 'c2', 'choices': [{'index': 0, 'delta': {'content': 5}}]})}\n\n",
            ]
        )  # a second id, a number as content, no finish_reason, no [DONE]

    async def responses(request: Request) -> Response:
        created = {"type": "response.created", "sequence_number": 0}
        delta = {"type": "response.output_text.delta", "sequence_number": 2, "item_id": "m", "output_index": 0}
        return sse([f"event: response.created\ndata: {json.dumps(created)}\n\n", f"data: {json.dumps(delta)}\n\n"])

    return Starlette(
        routes=[
            Route("/api/chat/completions", chat, methods=["POST"]),
            Route("/api/responses", responses, methods=["POST"]),
        ]
    )


def test_findings_against_a_broken_upstream(tmp_path: Path) -> None:
    with serve_app(broken_gateway()) as upstream, recording(upstream, tmp_path / "out") as (proxy, recorder):
        headers = {"Authorization": "Bearer k"}
        chat = {"model": "m", "messages": [{"role": "user", "content": "Hi"}]}
        assert httpx.post(f"{proxy}/api/chat/completions", json={**chat, "temperature": 3}, headers=headers)
        assert httpx.post(f"{proxy}/api/chat/completions", json={**chat, "temperature": 0.1}).status_code == 418
        streamed = httpx.post(f"{proxy}/api/chat/completions", json={**chat, "stream": True}, headers=headers)
        assert streamed.text.count("data: ") == 2  # forwarded as it was
        httpx.post(f"{proxy}/api/responses", json={"model": "m", "input": "x", "stream": True}, headers=headers)
        journal = httpx.get(f"{proxy}/_mock/requests").json()["requests"]
    findings = [entry["findings"] for entry in journal]
    assert "request: /temperature: 3 is greater than the maximum of 2" in findings[0]
    assert any('answer: /: "choices" is a required property' in finding for finding in findings[0])
    assert "answer: status 418 is not documented" in findings[1][0]
    stream_findings = "\n".join(findings[2])
    assert "event 1: a second completion id" in stream_findings
    assert "event 1: /choices/0/delta/content: 5 is not of types" in stream_findings
    assert "the stream does not end with `data: [DONE]`" in stream_findings
    assert "choice 0 has no finish_reason" in stream_findings
    responses_findings = "\n".join(findings[3])
    assert 'event 0 (response.created): /: "response" is a required property' in responses_findings
    assert "event 1 (response.output_text.delta): sequence_number is 2, expected 1" in responses_findings
    assert "the SSE `event` field" not in responses_findings  # an event without the field is fine
    assert "output item 0 is not open" in responses_findings
    assert "the stream ends without response.completed" in responses_findings
    summary = recorder.summary()
    assert summary.startswith("respan-mock record: 4 exchange(s), ")
    assert "finding #3 POST /api/chat/completions: event 1: a second completion id" in summary


def test_an_unreachable_upstream(tmp_path: Path) -> None:
    sock = bind("127.0.0.1", 0)
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    with recording(f"http://127.0.0.1:{port}", tmp_path / "out") as (proxy, recorder):
        response = httpx.post(
            f"{proxy}/api/chat/completions", json={"model": "m", "messages": [{"role": "user", "content": "Hi"}]}
        )
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "upstream_unreachable"
    assert response.headers["retry-after"] == "1"
    assert recorder.findings[0].startswith("#1 POST /api/chat/completions: upstream: ConnectError")
    assert list((tmp_path / "out").iterdir()) == []


def test_recorded_timing_and_replay_speed(tmp_path: Path) -> None:
    text = "one two three four five six seven eight nine ten"
    with running() as upstream:
        httpx.post(
            f"{upstream}/_mock/fixtures", json={"reply": {"text": text, "ttft_ms": 300, "tokens_per_second": 20}}
        ).raise_for_status()
        with recording(upstream, tmp_path / "out") as (proxy, _):
            body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Count"}], "stream": True}
            httpx.post(f"{proxy}/api/chat/completions", json=body, headers={"Authorization": "Bearer mock-key"})
    (path,) = (tmp_path / "out").glob("*.yaml")
    reply = yaml.safe_load(path.read_text())["fixtures"][0]["reply"]
    assert reply["text"] == text
    assert reply["ttft_ms"] >= 300
    assert 0 < reply["tokens_per_second"] <= 20.5  # ten tokens spread over at least 9 / 20 s
    for speed, at_least in ((1.0, 0.3), (10.0, 0.03)):
        with serve(MockConfig(fixtures=MockConfig().fixtures.__class__(paths=(str(path),), speed=speed))) as replay:
            started = time.perf_counter()
            first = None
            with httpx.stream(
                "POST",
                f"{replay.openai_base_url}/chat/completions",
                json=body,
                headers={"Authorization": f"Bearer {replay.api_key}"},
            ) as response:
                for line in response.iter_lines():
                    if '"content":"one"' in line and first is None:
                        first = time.perf_counter() - started
            assert first is not None and first >= at_least
            if speed == 10.0:
                assert first < 0.3  # the unscaled time to first token


def test_the_record_command(tmp_path: Path) -> None:
    """The CLI as a user runs it: prints where it records, stops on SIGINT, prints the findings, exits 1."""
    with serve_app(broken_gateway()) as upstream:
        port_sock = bind("127.0.0.1", 0)
        port = port_sock.getsockname()[1]
        port_sock.close()
        command = [sys.executable, "-m", "respan_mock.cli", "record", "--upstream", upstream, "--out", str(tmp_path)]
        process = subprocess.Popen(
            [*command, "--port", str(port), "--log-level", "warning"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        try:
            assert process.stdout is not None
            banner = process.stdout.readline()
            assert banner.startswith(f"respan-mock: recording http://127.0.0.1:{port} -> {upstream} into {tmp_path}")
            body = {"model": "m", "messages": [{"role": "user", "content": "Hi"}]}
            httpx.post(f"http://127.0.0.1:{port}/api/chat/completions", json=body)
        finally:
            process.send_signal(signal.SIGINT)
            stdout, stderr = process.communicate(timeout=30)
    assert process.returncode == 1, stderr
    assert "respan-mock record: 1 exchange(s), 1 finding(s) against the spec" in stdout
    assert 'finding #1 POST /api/chat/completions: answer: /: "choices" is a required property' in stdout


@pytest.mark.parametrize("upstream", ["ftp://host", "localhost:8000", "http://", "http://h:99999"])
def test_record_rejects_a_bad_upstream(upstream: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from respan_mock.cli import main

    with pytest.raises(SystemExit) as caught:
        main(["record", "--upstream", upstream, "--out", str(tmp_path)])
    assert caught.value.code == 2
    assert "--upstream" in capsys.readouterr().err
