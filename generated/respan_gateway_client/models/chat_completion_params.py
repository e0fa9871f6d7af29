from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_params_reasoning_effort import (
    ChatCompletionParamsReasoningEffort,
    check_chat_completion_params_reasoning_effort,
)
from ..models.chat_completion_params_service_tier import (
    ChatCompletionParamsServiceTier,
    check_chat_completion_params_service_tier,
)
from ..models.chat_tool_choice_type_0 import ChatToolChoiceType0, check_chat_tool_choice_type_0
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionParams")


@_attrs_define
class ChatCompletionParams:
    """The OpenAI chat completion parameters the gateway accepts and passes through.

    Attributes:
        model (str): Model to use, e.g. `gpt-4o-mini` or `claude-3-5-sonnet-20241022`.
        messages (list[AssistantMessage | DeveloperMessage | SystemMessage | ToolMessage | UserMessage]): The
            conversation so far. Each message has a `role` (system, developer, user, assistant, tool) and
            `content`. With `prompt`, the rendered prompt template supplies the messages.
        stream (bool | Unset): Stream back partial progress token by token as server-sent events, ending with `data:
            [DONE]`.
        stream_options (ChatStreamOptions | Unset): Options for streaming; only with `stream` true.
        tools (list[ChatTool] | Unset): Tools the model may call. Currently only functions are supported.
        tool_choice (ChatToolChoiceType0 | NamedToolChoice | Unset): Controls tool selection: `none` = no tools, `auto`
            = the model decides, `required` = at least one tool call,
            or an object naming the function to call.
        parallel_tool_calls (bool | Unset): Enable parallel function calling during tool use.
        frequency_penalty (float | Unset): Penalizes tokens based on their frequency in the text so far (-2 to 2).
        presence_penalty (float | Unset): Penalizes tokens already present in the text (-2 to 2).
        max_tokens (int | Unset): Maximum tokens to generate; the choice ends with finish_reason `length` when reached.
        max_completion_tokens (int | Unset): Upper bound on generated tokens, including reasoning tokens. Replaces
            `max_tokens`.
        temperature (float | Unset): Sampling temperature (0-2). Higher = more random.
        top_p (float | Unset): Nucleus sampling probability mass.
        n (int | Unset): Number of completions to generate. Note that costs multiply with n.
        logprobs (bool | Unset): Return log probabilities of the output tokens.
        top_logprobs (int | Unset): Number of most likely alternatives returned per token position; requires `logprobs`.
        echo (bool | Unset): Echo back the prompt messages (`prompt_messages`) in addition to the completion.
        stop (list[str] | str | Unset): Up to 4 sequences where generation stops; the returned text does not contain
            them.
        logit_bias (ChatCompletionParamsLogitBias | Unset): Maps token IDs (as strings) to a bias from -100 to 100 added
            to their logits.
        response_format (ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset): Output
            format. `{"type": "json_schema", "json_schema": {...}}` for structured output, `{"type":
            "json_object"}` for JSON mode, `{"type": "text"}` for plain text.
        seed (int | Unset): Best-effort determinism; repeated requests with the same seed and parameters return the same
            result.
        user (str | Unset): A stable identifier for your end user (OpenAI's field; prefer `customer_identifier`).
        reasoning_effort (ChatCompletionParamsReasoningEffort | Unset): Effort for reasoning models.
        service_tier (ChatCompletionParamsServiceTier | Unset): Provider processing tier.
        store (bool | Unset): Whether the provider stores the completion.
    """

    model: str
    messages: list[AssistantMessage | DeveloperMessage | SystemMessage | ToolMessage | UserMessage]
    stream: bool | Unset = UNSET
    stream_options: ChatStreamOptions | Unset = UNSET
    tools: list[ChatTool] | Unset = UNSET
    tool_choice: ChatToolChoiceType0 | NamedToolChoice | Unset = UNSET
    parallel_tool_calls: bool | Unset = UNSET
    frequency_penalty: float | Unset = UNSET
    presence_penalty: float | Unset = UNSET
    max_tokens: int | Unset = UNSET
    max_completion_tokens: int | Unset = UNSET
    temperature: float | Unset = UNSET
    top_p: float | Unset = UNSET
    n: int | Unset = UNSET
    logprobs: bool | Unset = UNSET
    top_logprobs: int | Unset = UNSET
    echo: bool | Unset = UNSET
    stop: list[str] | str | Unset = UNSET
    logit_bias: ChatCompletionParamsLogitBias | Unset = UNSET
    response_format: ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset = UNSET
    seed: int | Unset = UNSET
    user: str | Unset = UNSET
    reasoning_effort: ChatCompletionParamsReasoningEffort | Unset = UNSET
    service_tier: ChatCompletionParamsServiceTier | Unset = UNSET
    store: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        messages = []
        for messages_item_data in self.messages:
            messages_item: dict[str, Any]
            if isinstance(messages_item_data, SystemMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, DeveloperMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, UserMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, AssistantMessage):
                messages_item = messages_item_data.to_dict()
            else:
                messages_item = messages_item_data.to_dict()

            messages.append(messages_item)

        stream = self.stream

        stream_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stream_options, Unset):
            stream_options = self.stream_options.to_dict()

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, str):
            tool_choice = self.tool_choice
        else:
            tool_choice = self.tool_choice.to_dict()

        parallel_tool_calls = self.parallel_tool_calls

        frequency_penalty = self.frequency_penalty

        presence_penalty = self.presence_penalty

        max_tokens = self.max_tokens

        max_completion_tokens = self.max_completion_tokens

        temperature = self.temperature

        top_p = self.top_p

        n = self.n

        logprobs = self.logprobs

        top_logprobs = self.top_logprobs

        echo = self.echo

        stop: list[str] | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        logit_bias: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logit_bias, Unset):
            logit_bias = self.logit_bias.to_dict()

        response_format: dict[str, Any] | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, ResponseFormatText):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatJsonObject):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format.to_dict()

        seed = self.seed

        user = self.user

        reasoning_effort: str | Unset = UNSET
        if not isinstance(self.reasoning_effort, Unset):
            reasoning_effort = self.reasoning_effort

        service_tier: str | Unset = UNSET
        if not isinstance(self.service_tier, Unset):
            service_tier = self.service_tier

        store = self.store

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "messages": messages,
            }
        )
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if n is not UNSET:
            field_dict["n"] = n
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if echo is not UNSET:
            field_dict["echo"] = echo
        if stop is not UNSET:
            field_dict["stop"] = stop
        if logit_bias is not UNSET:
            field_dict["logit_bias"] = logit_bias
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if seed is not UNSET:
            field_dict["seed"] = seed
        if user is not UNSET:
            field_dict["user"] = user
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if store is not UNSET:
            field_dict["store"] = store

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:

            def _parse_messages_item(
                data: object,
            ) -> AssistantMessage | DeveloperMessage | SystemMessage | ToolMessage | UserMessage:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_0 = SystemMessage.from_dict(data)

                    return componentsschemas_chat_message_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_1 = DeveloperMessage.from_dict(data)

                    return componentsschemas_chat_message_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_2 = UserMessage.from_dict(data)

                    return componentsschemas_chat_message_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_3 = AssistantMessage.from_dict(data)

                    return componentsschemas_chat_message_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_message_type_4 = ToolMessage.from_dict(data)

                return componentsschemas_chat_message_type_4

            messages_item = _parse_messages_item(messages_item_data)

            messages.append(messages_item)

        stream = d.pop("stream", UNSET)

        _stream_options = d.pop("stream_options", UNSET)
        stream_options: ChatStreamOptions | Unset
        if isinstance(_stream_options, Unset):
            stream_options = UNSET
        else:
            stream_options = ChatStreamOptions.from_dict(_stream_options)

        _tools = d.pop("tools", UNSET)
        tools: list[ChatTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = ChatTool.from_dict(tools_item_data)

                tools.append(tools_item)

        def _parse_tool_choice(data: object) -> ChatToolChoiceType0 | NamedToolChoice | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_chat_tool_choice_type_0 = check_chat_tool_choice_type_0(data)

                return componentsschemas_chat_tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_chat_tool_choice_type_1 = NamedToolChoice.from_dict(data)

            return componentsschemas_chat_tool_choice_type_1

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        frequency_penalty = d.pop("frequency_penalty", UNSET)

        presence_penalty = d.pop("presence_penalty", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        max_completion_tokens = d.pop("max_completion_tokens", UNSET)

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        n = d.pop("n", UNSET)

        logprobs = d.pop("logprobs", UNSET)

        top_logprobs = d.pop("top_logprobs", UNSET)

        echo = d.pop("echo", UNSET)

        def _parse_stop(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_stop_sequences_type_1 = cast("list[str]", data)

                return componentsschemas_stop_sequences_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | str | Unset", data)

        stop = _parse_stop(d.pop("stop", UNSET))

        _logit_bias = d.pop("logit_bias", UNSET)
        logit_bias: ChatCompletionParamsLogitBias | Unset
        if isinstance(_logit_bias, Unset):
            logit_bias = UNSET
        else:
            logit_bias = ChatCompletionParamsLogitBias.from_dict(_logit_bias)

        def _parse_response_format(
            data: object,
        ) -> ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_response_format_type_0 = ResponseFormatText.from_dict(data)

                return componentsschemas_chat_response_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_response_format_type_1 = ResponseFormatJsonObject.from_dict(data)

                return componentsschemas_chat_response_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_chat_response_format_type_2 = ResponseFormatJsonSchema.from_dict(data)

            return componentsschemas_chat_response_format_type_2

        response_format = _parse_response_format(d.pop("response_format", UNSET))

        seed = d.pop("seed", UNSET)

        user = d.pop("user", UNSET)

        _reasoning_effort = d.pop("reasoning_effort", UNSET)
        reasoning_effort: ChatCompletionParamsReasoningEffort | Unset
        if isinstance(_reasoning_effort, Unset):
            reasoning_effort = UNSET
        else:
            reasoning_effort = check_chat_completion_params_reasoning_effort(_reasoning_effort)

        _service_tier = d.pop("service_tier", UNSET)
        service_tier: ChatCompletionParamsServiceTier | Unset
        if isinstance(_service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = check_chat_completion_params_service_tier(_service_tier)

        store = d.pop("store", UNSET)

        chat_completion_params = cls(
            model=model,
            messages=messages,
            stream=stream,
            stream_options=stream_options,
            tools=tools,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            frequency_penalty=frequency_penalty,
            presence_penalty=presence_penalty,
            max_tokens=max_tokens,
            max_completion_tokens=max_completion_tokens,
            temperature=temperature,
            top_p=top_p,
            n=n,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            echo=echo,
            stop=stop,
            logit_bias=logit_bias,
            response_format=response_format,
            seed=seed,
            user=user,
            reasoning_effort=reasoning_effort,
            service_tier=service_tier,
            store=store,
        )

        chat_completion_params.additional_properties = d
        return chat_completion_params

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once ChatCompletionParams exists, so that models which contain each other load in either order.
from ..models.assistant_message import AssistantMessage
from ..models.chat_completion_params_logit_bias import ChatCompletionParamsLogitBias
from ..models.chat_stream_options import ChatStreamOptions
from ..models.chat_tool import ChatTool
from ..models.developer_message import DeveloperMessage
from ..models.named_tool_choice import NamedToolChoice
from ..models.response_format_json_object import ResponseFormatJsonObject
from ..models.response_format_json_schema import ResponseFormatJsonSchema
from ..models.response_format_text import ResponseFormatText
from ..models.system_message import SystemMessage
from ..models.tool_message import ToolMessage
from ..models.user_message import UserMessage
