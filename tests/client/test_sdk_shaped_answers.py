"""Answers of every shape the openai SDK's own types allow (built by polyfactory from the unmodified SDK's pydantic
models, seeded), read through this client's public calls: each parses, everything in it is typed (no member falls
back to a catch-all), and `to_dict()` gives back exactly what was sent. This is what "the client survives what the
real gateway answers" means, judged by types nobody here wrote: they allow `null` for every optional field (as
LiteLLM sends them), which the spec leaves out and the client reads as None."""

from __future__ import annotations

import json
import typing
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from openai.types.chat import ChatCompletion as SdkChatCompletion
from openai.types.chat import ChatCompletionChunk as SdkChatCompletionChunk
from openai.types.responses import Response as SdkResponse
from openai.types.responses import ResponseStreamEvent as SdkResponseStreamEvent
from polyfactory.factories.pydantic_factory import ModelFactory
from pydantic import BaseModel
from respan_gateway_client import AuthenticatedClient, StreamError
from respan_gateway_client.api.chat import create_chat_completion
from respan_gateway_client.api.responses import create_response
from respan_gateway_client.models import ChatCompletion, ChatCompletionChunk, Response
from respan_spec import load_spec

from tests.client.helpers import Recorder, chat_body, event_stream, mock_client, responses_body, sse

ANSWERS = 60  # of each of the three answer models
EVENTS = 8  # of each of the 59 event types
SEED = 20261201


def built(model: type[BaseModel], count: int) -> Iterator[dict[str, Any]]:
    """`count` JSON answers of `model`, as the SDK would serialize them (None for fields the SDK types `object`)."""
    factory = ModelFactory.create_factory(model)
    factory.seed_random(SEED)
    for _ in range(count):
        yield json.loads(factory.build().model_dump_json(by_alias=True, fallback=lambda value: None, warnings=False))


def untyped(value: Any, where: str = "") -> list[str]:
    """Where in a parsed answer something is kept by a catch-all (`Unknown...`) instead of typed."""
    if type(value).__name__.startswith("Unknown"):
        return [where or "/"]
    if isinstance(value, list):
        return [found for index, item in enumerate(value) for found in untyped(item, f"{where}/{index}")]
    fields = getattr(value, "__attrs_attrs__", ())
    return [found for field in fields for found in untyped(getattr(value, field.name), f"{where}/{field.name}")]


def call_chat(client: AuthenticatedClient) -> object:
    return create_chat_completion.sync(client=client, body=chat_body())


def call_responses(client: AuthenticatedClient) -> object:
    return create_response.sync(client=client, body=responses_body())


CASES = [
    *[
        pytest.param(data, call_chat, ChatCompletion, id="chat.completion")
        for data in built(SdkChatCompletion, ANSWERS)
    ],
    *[pytest.param(data, call_responses, Response, id="response") for data in built(SdkResponse, ANSWERS)],
]


@pytest.mark.parametrize(("data", "call", "model"), CASES)
def test_any_answer_of_the_sdk_reads_typed_and_whole(
    data: dict[str, Any], call: Callable[[AuthenticatedClient], object], model: type[ChatCompletion | Response]
) -> None:
    parsed = call(mock_client(Recorder(httpx.Response(200, json=data))))
    assert isinstance(parsed, model)
    assert untyped(parsed) == []
    assert parsed.to_dict() == data


def test_any_chat_stream_of_the_sdk_reads_typed_and_whole() -> None:
    chunks = list(built(SdkChatCompletionChunk, ANSWERS))
    client = mock_client(Recorder(event_stream(sse(*chunks, "[DONE]"))))
    read = list(create_chat_completion.stream_sync(client=client, body=chat_body()))
    assert all(isinstance(chunk, ChatCompletionChunk) for chunk in read)
    assert [found for chunk in read for found in untyped(chunk)] == []
    assert [chunk.to_dict() for chunk in read] == chunks


EVENT_MODELS = typing.get_args(typing.get_args(SdkResponseStreamEvent)[0])
EVENT_CLASSES: dict[str, str] = {  # event type -> this client's class, by the spec's discriminator
    kind: ref.rpartition("/")[2]
    for kind, ref in load_spec()["components"]["schemas"]["ResponseStreamEvent"]["discriminator"]["mapping"].items()
}


@pytest.mark.parametrize("model", EVENT_MODELS, ids=lambda model: model.__name__)
def test_any_responses_event_of_the_sdk_reads_as_its_own_class(model: type[BaseModel]) -> None:
    events = list(built(model, EVENTS))
    kind = events[0]["type"]
    client = mock_client(Recorder(event_stream(sse(*events))))
    stream = create_response.stream_sync(client=client, body=responses_body())
    if kind == "error":
        with pytest.raises(StreamError):
            list(stream)
        return
    read = list(stream)
    assert [type(event).__name__ for event in read] == [_class_for(event) for event in events]
    assert [found for event in read for found in untyped(event) if found != "/"] == []
    assert [event.to_dict() for event in read] == events


def _class_for(event: dict[str, Any]) -> str:
    # The SDK types an added annotation `object` (anything), so polyfactory may leave it null: an event without the
    # annotation the spec requires, which the client keeps whole in the catch-all.
    if event["type"] == "response.output_text.annotation.added" and event["annotation"] is None:
        return "UnknownResponseStreamEvent"
    return EVENT_CLASSES[str(event["type"])]
