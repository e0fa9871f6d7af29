"""The semantic checks' rules on hand-made exchanges: each judges its parameter (JSON answers and streams alike),
names the request and answer fields that disagree, and is skipped (None), not passed, when the request does not
set its parameter. The mutants (test_contract_mutants.py) show the same rules catching broken gateways."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from respan_contract._asks import PERSON, WEATHER
from respan_contract._formats import encode_params
from respan_contract._semantics import BY_NAME, SEMANTIC_CHECKS, Exchange, Problem
from respan_contract._semantics._exchange import exchange_from_http
from respan_contract._semantics._values import names_model
from respan_contract._semantics.rejections import documented_rejection
from respan_contract._semantics.routing import primary_models
from respan_spec import load_spec

SPEC = load_spec()
CHAT_BODY = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hi"}]}
RESPONSES_BODY = {"model": "gpt-4o-mini", "input": "Hi"}


def completion(*contents: str | None, finish: str = "stop", **extra: Any) -> dict[str, Any]:
    choices = [
        {"index": i, "message": {"role": "assistant", "content": text}, "logprobs": None, "finish_reason": finish}
        for i, text in enumerate(contents)
    ]
    return {"model": "gpt-4o-mini", "choices": choices, **extra}


def response(*texts: str, status: str = "completed", **extra: Any) -> dict[str, Any]:
    output = [
        {"type": "message", "status": "completed", "content": [{"type": "output_text", "text": t, "annotations": []}]}
        for t in texts
    ]
    return {"model": "gpt-4o-mini", "status": status, "output": output, **extra}


def chat(answer: dict[str, Any] | None, **fields: Any) -> Exchange:
    return Exchange("chat", 200, {**CHAT_BODY, **fields}, {}, {}, answer=answer, spec=SPEC)


def responses(answer: dict[str, Any] | None, **fields: Any) -> Exchange:
    return Exchange("responses", 200, {**RESPONSES_BODY, **fields}, {}, {}, answer=answer, spec=SPEC)


def judge(name: str, exchange: Exchange) -> list[Problem] | None:
    return BY_NAME[name].rule(exchange)


def fields(problems: list[Problem] | None) -> list[tuple[str, str]]:
    assert problems, "expected a problem"
    return [(problem.request, problem.answer) for problem in problems]


def chat_stream(chunks: list[dict[str, Any]], body: dict[str, Any]) -> Exchange:
    content = "".join(f"data: {json.dumps(chunk)}\n\n" for chunk in chunks) + "data: [DONE]\n\n"
    request = httpx.Request("POST", "http://gateway/api/chat/completions", json={**CHAT_BODY, **body, "stream": True})
    answer = httpx.Response(200, headers={"content-type": "text/event-stream"}, content=content, request=request)
    return exchange_from_http("chat", answer, SPEC)


def chunk(
    index: int | None, delta: dict[str, Any] | None = None, finish: str | None = None, **extra: Any
) -> dict[str, Any]:
    choices = [] if index is None else [{"index": index, "delta": delta or {}, "finish_reason": finish}]
    return {"id": "c", "object": "chat.completion.chunk", "model": "gpt-4o-mini", "choices": choices, **extra}


def test_every_check_states_what_it_judges() -> None:
    assert len({check.name for check in SEMANTIC_CHECKS}) == len(SEMANTIC_CHECKS) >= 14
    assert all(check.judges and check.summary and check.kinds for check in SEMANTIC_CHECKS)


def test_usage_adds_up() -> None:
    good = {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12}
    assert judge("usage_adds_up", chat(completion("x", usage=good))) == []
    assert fields(judge("usage_adds_up", chat(completion("x", usage={**good, "total_tokens": 13})))) == [
        ("(any request)", "/usage/total_tokens")
    ]
    details = {**good, "completion_tokens_details": {"reasoning_tokens": 8}}
    assert fields(judge("usage_adds_up", chat(completion("x", usage=details))))[0][1].endswith("/reasoning_tokens")
    usage = {"input_tokens": 2, "output_tokens": 3, "total_tokens": 4}
    assert fields(judge("usage_adds_up", responses(response("x", usage=usage))))[0][1] == "/usage/total_tokens"
    assert judge("usage_adds_up", chat(completion("x"))) is None  # no usage: nothing to judge


def test_max_tokens() -> None:
    usage = {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12}
    assert judge("max_tokens_honoured", chat(completion("x", usage=usage))) is None  # no limit asked for
    assert judge("max_tokens_honoured", chat(completion("x", finish="length", usage=usage), max_tokens=7)) == []
    assert fields(judge("max_tokens_honoured", chat(completion("x", usage=usage), max_tokens=6))) == [
        ("/max_tokens", "/usage/completion_tokens")
    ]
    # the limit is per choice; max_completion_tokens replaces max_tokens
    assert judge("max_tokens_honoured", chat(completion("x", "y", usage=usage), max_completion_tokens=4)) == []
    over = {"input_tokens": 2, "output_tokens": 9, "total_tokens": 11}
    assert fields(judge("max_tokens_honoured", responses(response("x", usage=over), max_output_tokens=8))) == [
        ("/max_output_tokens", "/usage/output_tokens")
    ]
    unexplained = response("x", status="incomplete", incomplete_details=None)
    assert fields(judge("max_tokens_honoured", responses(unexplained, max_output_tokens=8)))[0][1] == (
        "/incomplete_details/reason"
    )
    cut_item = response("x")
    cut_item["output"][0]["status"] = "incomplete"
    assert fields(judge("max_tokens_honoured", responses(cut_item, max_output_tokens=8)))[0][1] == "/output/0/status"


def test_max_tokens_counts_stream_deltas_without_usage() -> None:
    chunks = [chunk(0, {"content": word}) for word in ("a", " b", " c")] + [chunk(0, {}, "length")]
    assert judge("max_tokens_honoured", chat_stream(chunks, {"max_tokens": 3})) == []
    assert fields(judge("max_tokens_honoured", chat_stream(chunks, {"max_tokens": 2}))) == [
        ("/max_tokens", "stream choice 0 deltas")
    ]


def test_n_choices() -> None:
    assert judge("n_choices", chat(completion("a", "b"))) is None
    assert judge("n_choices", chat(completion("a", "b", "c"), n=3)) == []
    assert fields(judge("n_choices", chat(completion("a"), n=3))) == [("/n", "/choices")]
    duplicated = completion("a", "b")
    duplicated["choices"][1]["index"] = 0
    assert fields(judge("n_choices", chat(duplicated, n=2))) == [("/n", "/choices")]
    twice = [chunk(0, {"content": "a"}), chunk(0, {}, "stop"), chunk(1, {"content": "b"}), chunk(1, {}, "stop")]
    assert judge("n_choices", chat_stream(twice, {"n": 2})) == []
    assert fields(judge("n_choices", chat_stream([*twice, chunk(1, {}, "stop")], {"n": 2}))) == [
        ("/n", "stream choice 1 finish_reason")
    ]


def test_stop_sequences() -> None:
    assert judge("stop_sequences_absent", chat(completion("Hello there"), stop=["xyz"])) == []
    assert fields(judge("stop_sequences_absent", chat(completion("Hello. There"), stop=["xyz", "."]))) == [
        ("/stop/1", "/choices/0/message/content")
    ]
    assert judge("stop_sequences_absent", chat(completion("Hello"))) is None
    assert judge("stop_sequences_absent", chat(completion("Hello"), stop=[""])) is None  # every text contains ""
    streamed = chat_stream(
        [chunk(0, {"content": "Hi"}), chunk(0, {"content": "."}), chunk(0, {}, "stop")], {"stop": "."}
    )
    assert fields(judge("stop_sequences_absent", streamed)) == [
        ("/stop", "/choices/0/message/content (assembled from the stream)")
    ]


def test_logprobs() -> None:
    entry = {"token": "Hi", "logprob": -0.1, "bytes": [72, 105], "top_logprobs": [{"token": "Hi", "logprob": -0.1}]}
    with_logprobs = completion("Hi")
    with_logprobs["choices"][0]["logprobs"] = {"content": [entry]}
    assert judge("logprobs_as_asked", chat(completion("Hi"))) is None
    assert judge("logprobs_as_asked", chat(with_logprobs, logprobs=True, top_logprobs=1)) == []
    assert fields(judge("logprobs_as_asked", chat(completion("Hi"), logprobs=True))) == [
        ("/logprobs", "/choices/0/logprobs/content")
    ]
    assert fields(judge("logprobs_as_asked", chat(with_logprobs, logprobs=True, top_logprobs=2))) == [
        ("/top_logprobs", "/choices/0/logprobs/content/0/top_logprobs")
    ]
    assert fields(judge("logprobs_as_asked", chat(with_logprobs, logprobs=False))) == [
        ("/logprobs", "/choices/0/logprobs/content")
    ]
    answer = response("Hi")
    include = ["message.output_text.logprobs"]
    assert fields(judge("logprobs_as_asked", responses(answer, include=include))) == [
        ("/include/0", "/output/0/content/0/logprobs")
    ]
    answer["output"][0]["content"][0]["logprobs"] = [entry]
    assert judge("logprobs_as_asked", responses(answer, include=include, top_logprobs=1)) == []
    assert fields(judge("logprobs_as_asked", responses(answer, top_logprobs=1))) == [
        ("/include", "/output/0/content/0/logprobs")
    ]


def test_json_object() -> None:
    json_mode = {"type": "json_object"}
    assert judge("json_object_honoured", chat(completion('{"a": 1}'), response_format=json_mode)) == []
    assert fields(judge("json_object_honoured", chat(completion("[1]"), response_format=json_mode))) == [
        ("/response_format/type", "/choices/0/message/content")
    ]
    assert fields(judge("json_object_honoured", responses(response("prose"), text={"format": json_mode}))) == [
        ("/text/format/type", "/output/0/content")
    ]
    # A text that could not end on its own is not judged: cut by the limit, or with a stop sequence set.
    assert judge("json_object_honoured", chat(completion('{"a', finish="length"), response_format=json_mode)) is None
    assert judge("json_object_honoured", chat(completion('{"a'), response_format=json_mode, stop=",")) is None
    assert judge("json_object_honoured", chat(completion("prose"))) is None


@pytest.mark.parametrize("strict", [False, True])
def test_json_schema_strict_and_not_are_separate(strict: bool) -> None:
    own, other = ("json_schema_strict_followed", "json_schema_followed")[:: 1 if strict else -1]
    form = {"type": "json_schema", "json_schema": {"name": "p", "schema": PERSON, "strict": strict}}
    good = json.dumps({"name": "Ada", "age": 36, "tags": []})
    assert judge(own, chat(completion(good), response_format=form)) == []
    assert judge(other, chat(completion(good), response_format=form)) is None
    problems = judge(own, chat(completion('{"name": "Ada"}'), response_format=form))
    assert problems is not None
    assert fields(problems) == [("/response_format/json_schema/schema", "/choices/0/message/content")]
    assert '"age" is a required property' in problems[0].detail  # jsonschema-rs said why
    text = {"format": {"type": "json_schema", "name": "p", "schema": PERSON, "strict": strict}}
    assert fields(judge(own, responses(response("{}"), text=text)))[0][0] == "/text/format/schema"


def test_json_schema_that_is_no_schema_is_not_judged() -> None:
    form = {"type": "json_schema", "json_schema": {"name": "p", "schema": {"type": "nothing"}}}
    assert judge("json_schema_followed", chat(completion("1"), response_format=form)) is None


def _tool_call(name: str, arguments: str) -> dict[str, Any]:
    return {"id": "call_1", "type": "function", "function": {"name": name, "arguments": arguments}}


def _calling(*calls: dict[str, Any], finish: str = "tool_calls") -> dict[str, Any]:
    answer = completion(None, finish=finish)
    answer["choices"][0]["message"]["tool_calls"] = list(calls)
    return answer


def _tools(strict: bool = False) -> list[dict[str, Any]]:
    return [{"type": "function", "function": {"name": "get_weather", "parameters": WEATHER, "strict": strict}}]


def test_tool_choice() -> None:
    called = _calling(_tool_call("get_weather", '{"city": "Oslo", "unit": "celsius"}'))
    named = {"type": "function", "function": {"name": "get_weather"}}
    assert judge("tool_choice_honoured", chat(called, tools=_tools(), tool_choice="required")) == []
    assert judge("tool_choice_honoured", chat(called, tools=_tools(), tool_choice=named)) == []
    assert judge("tool_choice_honoured", chat(called, tools=_tools(), tool_choice="auto")) is None
    assert fields(judge("tool_choice_honoured", chat(completion("prose"), tools=_tools(), tool_choice="required"))) == [
        ("/tool_choice", "/choices/0/message/tool_calls")
    ]
    assert fields(judge("tool_choice_honoured", chat(called, tools=_tools(), tool_choice="none")))
    other = _calling(_tool_call("get_time", "{}"))
    assert fields(judge("tool_choice_honoured", chat(other, tools=_tools(), tool_choice=named)))
    answer = response()
    answer["output"] = [{"type": "function_call", "name": "get_weather", "arguments": "{}", "call_id": "c"}]
    tools = [{"type": "function", "name": "get_weather", "parameters": WEATHER}]
    assert judge("tool_choice_honoured", responses(answer, tools=tools, tool_choice="required")) == []
    assert fields(judge("tool_choice_honoured", responses(answer, tools=tools, tool_choice="none"))) == [
        ("/tool_choice", "/output")
    ]


def test_tool_arguments() -> None:
    off_schema = _calling(_tool_call("get_weather", '{"city": 42}'))
    assert judge("tool_arguments_valid", chat(off_schema, tools=_tools(strict=False))) == []  # not strict
    assert fields(judge("tool_arguments_valid", chat(off_schema, tools=_tools(strict=True)))) == [
        ("/tools/0/function/parameters", "/choices/0/message/tool_calls/0/function/arguments")
    ]
    broken = _calling(_tool_call("get_weather", '{"city": "Os'))
    assert fields(judge("tool_arguments_valid", chat(broken, tools=_tools()))) == [
        ("/tools/0/function", "/choices/0/message/tool_calls/0/function/arguments")
    ]
    cut = _calling(_tool_call("get_weather", '{"city": "Os'), finish="length")
    assert judge("tool_arguments_valid", chat(cut, tools=_tools())) is None
    answer = response()
    answer["output"] = [{"type": "function_call", "name": "get_weather", "arguments": "{}", "call_id": "c"}]
    tools = [{"type": "function", "name": "get_weather", "parameters": WEATHER}]  # strict unless strict: false
    assert fields(judge("tool_arguments_valid", responses(answer, tools=tools)))[0][0] == "/tools/0/parameters"
    assert judge("tool_arguments_valid", responses(answer, tools=[{**tools[0], "strict": False}])) == []


def test_stream_usage_chunk() -> None:
    usage = {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}
    body = [chunk(0, {"content": "a"}), chunk(0, {}, "stop")]
    asked = {"stream_options": {"include_usage": True}}
    assert judge("stream_usage_chunk", chat_stream([*body, chunk(None, usage=usage)], asked)) == []
    assert judge("stream_usage_chunk", chat_stream(body, {})) is None
    assert fields(judge("stream_usage_chunk", chat_stream(body, asked))) == [
        ("/stream_options/include_usage", "the stream's chunks /usage")
    ]
    with_choice = chunk(0, {}, None, usage=usage)
    assert fields(judge("stream_usage_chunk", chat_stream([*body, with_choice], asked))) == [
        ("/stream_options/include_usage", "stream chunk 2 /choices")
    ]
    early = [chunk(None, usage=usage), *body]
    assert fields(judge("stream_usage_chunk", chat_stream(early, asked)))[0][1] == "stream chunk 0 /usage"
    unasked = {"stream_options": {"include_usage": False}}
    assert fields(judge("stream_usage_chunk", chat_stream([*body, chunk(None, usage=usage)], unasked)))


def test_serving_model() -> None:
    routed = {"load_balance_models": [{"model": "gpt-4o", "weight": 1}]}
    assert judge("serving_model_named", chat(completion("a"))) is None  # no routing: the kit cannot know
    assert judge("serving_model_named", chat({**completion("a"), "model": "gpt-4o"}, **routed)) == []
    assert judge("serving_model_named", chat({**completion("a"), "model": "gpt-4o-2024-08-06"}, **routed)) == []
    assert fields(judge("serving_model_named", chat(completion("a"), **routed))) == [("/load_balance_models", "/model")]
    fallback = chat(completion("a"), fallback_models=["claude-3-5-sonnet-20241022"])
    assert judge("serving_model_named", fallback) == []  # the primary may have served
    header = Exchange(
        "chat",
        200,
        CHAT_BODY,
        {"x-data-respan-params": encode_params({"models": ["gpt-4o"]})},
        {},
        answer=completion("a"),
        spec=SPEC,
    )
    assert fields(judge("serving_model_named", header)) == [("/headers/X-Data-Respan-Params/models", "/model")]
    prompt = {"prompt_id": "p", "override": True}
    assert judge("serving_model_named", chat(completion("a"), prompt=prompt, **routed)) is None
    # A cached answer names the model that made it, maybe for another request (is_cached_by_model is off).
    cached = chat(completion("a"), cache_enabled=True, **routed)
    assert judge("serving_model_named", cached) is None
    cached.answer_headers["x-respan-cache"] = "miss"
    assert fields(judge("serving_model_named", cached))


def test_model_names() -> None:
    assert names_model("gpt-4o-mini-2024-07-18", "gpt-4o-mini")
    assert names_model("gpt-4o", "openai/gpt-4o")
    assert not names_model("gpt-4o-mini", "gpt-4o")  # another model, not a snapshot


def test_request_breakdown() -> None:
    usage = {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12}
    breakdown = {
        "model": "gpt-4o-mini",
        "provider": "openai",
        "prompt_tokens": 5,
        "completion_tokens": 7,
        "attempts": [{"model": "broken", "status": "error"}, {"model": "gpt-4o-mini", "status": "success"}],
    }
    answer = completion("a", usage=usage, request_breakdown=breakdown)
    assert judge("request_breakdown_agrees", chat(answer, request_breakdown=True)) == []
    assert judge("request_breakdown_agrees", chat(answer)) is None
    assert fields(judge("request_breakdown_agrees", chat(answer, request_breakdown=False))) == [
        ("/request_breakdown", "/request_breakdown")
    ]
    assert fields(judge("request_breakdown_agrees", chat(completion("a"), respan_params={"request_breakdown": True})))
    off = {**breakdown, "completion_tokens": 8, "model": "gpt-4o"}
    problems = judge("request_breakdown_agrees", chat({**answer, "request_breakdown": off}, request_breakdown=True))
    assert fields(problems) == [
        ("/request_breakdown", "/request_breakdown/completion_tokens"),
        ("/request_breakdown", "/model"),
        ("/request_breakdown", "/request_breakdown/attempts/1"),
    ]


def test_error_param_resolves() -> None:
    def error(param: str | None, body: Any = CHAT_BODY, headers: dict[str, str] | None = None) -> Exchange:
        exchange = Exchange("chat", 400, body, headers or {}, {}, error={"message": "bad", "param": param}, spec=SPEC)
        exchange.request_schema = {"$ref": "#/components/schemas/CreateChatCompletionRequest"}
        return exchange

    assert judge("error_param_resolves", error(None)) is None
    assert judge("error_param_resolves", error("/messages/0/role")) == []
    assert judge("error_param_resolves", error("/model", {"messages": []})) == []  # the required property it lacks
    assert fields(judge("error_param_resolves", error("/no_such_field"))) == [("/no_such_field", "/error/param")]
    assert fields(judge("error_param_resolves", error("/messages/7/role")))
    header = {"x-data-respan-params": encode_params({"cache_ttl": -1})}
    assert judge("error_param_resolves", error("/headers/X-Data-Respan-Params/cache_ttl", headers=header)) == []
    assert fields(judge("error_param_resolves", error("/headers/X-Data-Respan-Params/cache_ttl")))
    assert judge("error_param_resolves", error("/headers/Content-Type")) == []  # the media type a body needs
    assert fields(judge("error_param_resolves", error("/temperature", body=None)))


def test_no_routable_model_is_a_documented_rejection_only_when_the_request_bears_it_out() -> None:
    def refused(code: str = "no_routable_model", param: str | None = "/exclude_models", **body: Any) -> Exchange:
        error = {"message": "no model", "type": "invalid_request_error", "code": code, "param": param}
        return Exchange("chat", 400, {**CHAT_BODY, **body}, {}, {}, error=error, spec=SPEC)

    assert documented_rejection(refused(exclude_models=["gpt-4o-mini"]))
    lbm = [{"model": "0", "weight": 1}]
    assert documented_rejection(refused(load_balance_models=lbm, exclude_models=["0"]))
    assert not documented_rejection(refused(load_balance_models=lbm, exclude_models=["1"]))  # "0" was left
    assert not documented_rejection(refused(exclude_models=["gpt-4o-mini"], fallback_models=["gpt-4o"]))
    assert documented_rejection(refused(param="/exclude_providers", exclude_providers=["openai"]))
    assert not documented_rejection(refused())  # nothing excluded
    assert not documented_rejection(refused(code="invalid_value", exclude_models=["gpt-4o-mini"]))
    assert not documented_rejection(refused(param="/temperature", exclude_models=["gpt-4o-mini"]))


def test_the_routing_pool_follows_the_spec() -> None:
    group = {"group_id": "g", "models": [{"model": "a", "weight": 1}]}
    assert primary_models(chat(None, load_balance_group=group, models=["b"])) == (["a"], "/load_balance_group/models")
    assert primary_models(chat(None, load_balance_group={"group_id": "g"})) is None  # configured on the gateway
    assert primary_models(chat(None, models=["b", {"model": "c", "weight": 2}])) == (["b", "c"], "/models")
    assert primary_models(chat(None)) == (["gpt-4o-mini"], "/model")
