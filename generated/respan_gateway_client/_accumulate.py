"""Assemble the events of a stream into what the same request without streaming returns.

Chat: a ChatCompletion from its ChatCompletionChunks, like the openai SDK's `get_final_completion()`: content and
refusal concatenated per choice, tool calls merged by index (id, name and arguments concatenated), the last
finish_reason, logprobs appended, usage from the usage chunk and request_breakdown from the last chunk holding one.
Responses: the Response carried by the terminal event (with the finished output items when it carries none), and
the output text of the text deltas.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from ._exceptions import ResponseValidationError
from .models.chat_completion import ChatCompletion
from .models.chat_completion_choice import ChatCompletionChoice
from .models.chat_completion_chunk import ChatCompletionChunk
from .models.chat_completion_chunk_choice import ChatCompletionChunkChoice
from .models.chat_completion_message import ChatCompletionMessage
from .models.chat_custom_tool_call import ChatCustomToolCall
from .models.choice_logprobs import ChoiceLogprobs
from .models.completion_usage import CompletionUsage
from .models.finish_reason import FinishReason
from .models.request_breakdown import RequestBreakdown
from .models.token_logprob import TokenLogprob
from .models.tool_call import ToolCall
from .models.tool_call_delta import ToolCallDelta
from .models.tool_call_delta_function import ToolCallDeltaFunction
from .models.tool_call_function import ToolCallFunction
from .models.unknown_chat_tool_call import UnknownChatToolCall
from .types import UNSET, Unset

if TYPE_CHECKING:
    from .models.response import Response

V = TypeVar("V")


def final_completion(chunks: Sequence[ChatCompletionChunk]) -> ChatCompletion:
    """The ChatCompletion a non-stream call would have returned; every choice needs its finish_reason."""
    if not chunks:
        raise ResponseValidationError("the chat stream ended without a single chunk")
    choices: dict[int, _ChoiceParts] = {}
    for chunk in chunks:
        for choice in chunk.choices:
            choices.setdefault(choice.index, _ChoiceParts(choice.index)).add(choice)
    first = chunks[0]
    return ChatCompletion(
        id=first.id,
        object_="chat.completion",
        created=first.created,
        model=first.model,
        choices=[choices[index].build() for index in sorted(choices)],
        usage=_last_of_type((chunk.usage for chunk in chunks), CompletionUsage),
        system_fingerprint=_last_set(chunk.system_fingerprint for chunk in chunks),
        service_tier=_last_set(chunk.service_tier for chunk in chunks),
        request_breakdown=_last_of_type((chunk.request_breakdown for chunk in chunks), RequestBreakdown),
    )


def completion_text(chunks: Iterable[ChatCompletionChunk], index: int = 0) -> str:
    """The content of choice `index`, concatenated ("" when it had none)."""
    return "".join(
        choice.delta.content
        for chunk in chunks
        for choice in chunk.choices
        if choice.index == index and isinstance(choice.delta.content, str)
    )


def final_response(events: Sequence[object]) -> Response:
    """The Response of the last response.completed, response.failed or response.incomplete event, holding every output
    item the stream finished (hosted-tool calls included): a terminal event whose `output` is empty (some gateways
    send the items only as response.output_item.done events) gets them from those events, in output_index order."""
    # Imported here, not with the package: the Responses models are a few hundred modules a chat user never needs.
    from .models.response_completed_event import ResponseCompletedEvent
    from .models.response_failed_event import ResponseFailedEvent
    from .models.response_incomplete_event import ResponseIncompleteEvent
    from .models.response_output_item_done_event import ResponseOutputItemDoneEvent

    for event in reversed(events):
        if isinstance(event, ResponseCompletedEvent | ResponseFailedEvent | ResponseIncompleteEvent):
            response = event.response
            if not response.output:
                done = {e.output_index: e.item for e in events if isinstance(e, ResponseOutputItemDoneEvent)}
                response.output = [done[index] for index in sorted(done)]
            return response
    raise ResponseValidationError(
        "the Responses stream ended without a response.completed, response.failed or response.incomplete event"
    )


def response_text(events: Iterable[object]) -> str:
    """The output text: every response.output_text.delta, in stream order."""
    from .models.response_output_text_delta_event import ResponseOutputTextDeltaEvent  # see final_response

    return "".join(event.delta for event in events if isinstance(event, ResponseOutputTextDeltaEvent))


@dataclass
class _ToolCallParts:
    index: int
    id: list[str] = field(default_factory=list)
    name: list[str] = field(default_factory=list)
    arguments: list[str] = field(default_factory=list)

    def add(self, delta: ToolCallDelta) -> None:
        if isinstance(delta.id, str):
            self.id.append(delta.id)
        if not isinstance(delta.function, ToolCallDeltaFunction):  # absent, or null
            return
        if isinstance(delta.function.name, str):
            self.name.append(delta.function.name)
        if isinstance(delta.function.arguments, str):
            self.arguments.append(delta.function.arguments)

    def build(self, choice: int) -> ToolCall:
        if not self.id or not self.name:
            where = f"tool call {self.index} of choice {choice}"
            raise ResponseValidationError(f"the chat stream's {where} has no id or no function name")
        function = ToolCallFunction(name="".join(self.name), arguments="".join(self.arguments))
        return ToolCall(id="".join(self.id), type_="function", function=function)


@dataclass
class _ChoiceParts:
    index: int
    content: list[str] = field(default_factory=list)
    refusal: list[str] = field(default_factory=list)
    tool_calls: dict[int, _ToolCallParts] = field(default_factory=dict)
    finish_reason: FinishReason | None = None
    logprobs: list[ChoiceLogprobs] = field(default_factory=list)

    def add(self, choice: ChatCompletionChunkChoice) -> None:
        delta = choice.delta
        if isinstance(delta.content, str):
            self.content.append(delta.content)
        if isinstance(delta.refusal, str):
            self.refusal.append(delta.refusal)
        if isinstance(delta.tool_calls, list):
            for call in delta.tool_calls:
                if isinstance(call, ToolCallDelta):  # a list it could not read is kept as it came
                    self.tool_calls.setdefault(call.index, _ToolCallParts(call.index)).add(call)
        if isinstance(choice.finish_reason, str):
            self.finish_reason = choice.finish_reason
        if isinstance(choice.logprobs, ChoiceLogprobs):
            self.logprobs.append(choice.logprobs)

    def build(self) -> ChatCompletionChoice:
        if self.finish_reason is None:
            raise ResponseValidationError(f"the chat stream ended before choice {self.index} had a finish_reason")
        message = ChatCompletionMessage(
            role="assistant",
            content="".join(self.content) if self.content else None,
            refusal="".join(self.refusal) if self.refusal else UNSET,
            tool_calls=self._build_tool_calls(),
        )
        return ChatCompletionChoice(
            index=self.index, message=message, finish_reason=self.finish_reason, logprobs=_merge_logprobs(self.logprobs)
        )

    def _build_tool_calls(self) -> list[ChatCustomToolCall | ToolCall | UnknownChatToolCall] | Unset:
        if not self.tool_calls:
            return UNSET
        return [self.tool_calls[index].build(self.index) for index in sorted(self.tool_calls)]


def _merge_logprobs(parts: list[ChoiceLogprobs]) -> ChoiceLogprobs | Unset:
    if not parts:
        return UNSET
    return ChoiceLogprobs(
        content=_concatenate(part.content for part in parts), refusal=_concatenate(part.refusal for part in parts)
    )


def _concatenate(lists: Iterable[list[TokenLogprob] | Unset | None]) -> list[TokenLogprob] | Unset:
    present = [item for item in lists if isinstance(item, list)]
    return [entry for item in present for entry in item] if present else UNSET


def _last_of_type(values: Iterable[object], kind: type[V]) -> V | Unset:
    found: V | Unset = UNSET
    for value in values:
        if isinstance(value, kind):
            found = value
    return found


def _last_set(values: Iterable[V | Unset | None]) -> V | Unset:
    """The last value given (null counts as not given)."""
    found: V | Unset = UNSET
    for value in values:
        if value is not None and not isinstance(value, Unset):
            found = value
    return found
