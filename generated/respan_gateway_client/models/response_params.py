from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_params_include_item import ResponseParamsIncludeItem, check_response_params_include_item
from ..models.response_params_service_tier import ResponseParamsServiceTier, check_response_params_service_tier
from ..models.response_params_truncation import ResponseParamsTruncation, check_response_params_truncation
from ..models.response_tool_choice_type_0 import ResponseToolChoiceType0, check_response_tool_choice_type_0
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseParams")


@_attrs_define
class ResponseParams:
    """The OpenAI Responses parameters the gateway accepts and passes through.

    Attributes:
        model (str): Model to use.
        input_ (list[FunctionCallInput | FunctionCallOutputInput | InputMessage | ItemReference | ReasoningInput] |
            str): Input text, or an array of conversation items (messages, function calls and their outputs).
        instructions (str | Unset): System instructions for the model.
        stream (bool | Unset): Stream the response as server-sent events.
        stream_options (ResponseParamsStreamOptions | Unset): Options for streaming; only with `stream` true.
        temperature (float | Unset): Sampling temperature (0-2).
        top_p (float | Unset): Nucleus sampling parameter.
        max_output_tokens (int | Unset): Maximum tokens to generate; the response is `incomplete` when reached.
        top_logprobs (int | Unset): Number of most likely alternatives returned per output token.
        tools (list[FunctionTool | HostedTool] | Unset): Tools the model may call.
        tool_choice (FunctionToolChoice | ResponseToolChoiceType0 | Unset): `none`, `auto`, `required`, or an object
            naming the function to call.
        parallel_tool_calls (bool | Unset): Allow several tool calls in one response.
        max_tool_calls (int | Unset): Maximum number of tool calls in one response.
        previous_response_id (str | Unset): ID of a previous response, to continue a multi-turn conversation. Unknown
            IDs get 404.
        text (ResponseTextConfig | Unset): Text output configuration.
        reasoning (ReasoningConfig | Unset): Configuration for reasoning models.
        include (list[ResponseParamsIncludeItem] | Unset): Additional output data to include.
        store (bool | Unset): Store the response so that `previous_response_id` can refer to it.
        truncation (ResponseParamsTruncation | Unset): `auto` drops earlier conversation items that do not fit the
            context window; `disabled` fails instead.
        user (str | Unset): A stable identifier for your end user (prefer `customer_identifier`).
        service_tier (ResponseParamsServiceTier | Unset): Provider processing tier.
    """

    model: str
    input_: list[FunctionCallInput | FunctionCallOutputInput | InputMessage | ItemReference | ReasoningInput] | str
    instructions: str | Unset = UNSET
    stream: bool | Unset = UNSET
    stream_options: ResponseParamsStreamOptions | Unset = UNSET
    temperature: float | Unset = UNSET
    top_p: float | Unset = UNSET
    max_output_tokens: int | Unset = UNSET
    top_logprobs: int | Unset = UNSET
    tools: list[FunctionTool | HostedTool] | Unset = UNSET
    tool_choice: FunctionToolChoice | ResponseToolChoiceType0 | Unset = UNSET
    parallel_tool_calls: bool | Unset = UNSET
    max_tool_calls: int | Unset = UNSET
    previous_response_id: str | Unset = UNSET
    text: ResponseTextConfig | Unset = UNSET
    reasoning: ReasoningConfig | Unset = UNSET
    include: list[ResponseParamsIncludeItem] | Unset = UNSET
    store: bool | Unset = UNSET
    truncation: ResponseParamsTruncation | Unset = UNSET
    user: str | Unset = UNSET
    service_tier: ResponseParamsServiceTier | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        input_: list[dict[str, Any]] | str
        if isinstance(self.input_, list):
            input_ = []
            for input_type_1_item_data in self.input_:
                input_type_1_item: dict[str, Any]
                if isinstance(input_type_1_item_data, InputMessage):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, FunctionCallInput):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, FunctionCallOutputInput):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ReasoningInput):
                    input_type_1_item = input_type_1_item_data.to_dict()
                else:
                    input_type_1_item = input_type_1_item_data.to_dict()

                input_.append(input_type_1_item)

        else:
            input_ = self.input_

        instructions = self.instructions

        stream = self.stream

        stream_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stream_options, Unset):
            stream_options = self.stream_options.to_dict()

        temperature = self.temperature

        top_p = self.top_p

        max_output_tokens = self.max_output_tokens

        top_logprobs = self.top_logprobs

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, FunctionTool):
                    tools_item = tools_item_data.to_dict()
                else:
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

        max_tool_calls = self.max_tool_calls

        previous_response_id = self.previous_response_id

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        include: list[str] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = []
            for include_item_data in self.include:
                include_item: str = include_item_data
                include.append(include_item)

        store = self.store

        truncation: str | Unset = UNSET
        if not isinstance(self.truncation, Unset):
            truncation = self.truncation

        user = self.user

        service_tier: str | Unset = UNSET
        if not isinstance(self.service_tier, Unset):
            service_tier = self.service_tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "input": input_,
            }
        )
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if text is not UNSET:
            field_dict["text"] = text
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if include is not UNSET:
            field_dict["include"] = include
        if store is not UNSET:
            field_dict["store"] = store
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if user is not UNSET:
            field_dict["user"] = user
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        def _parse_input_(
            data: object,
        ) -> list[FunctionCallInput | FunctionCallOutputInput | InputMessage | ItemReference | ReasoningInput] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_1 = []
                _input_type_1 = data
                for input_type_1_item_data in _input_type_1:

                    def _parse_input_type_1_item(
                        data: object,
                    ) -> FunctionCallInput | FunctionCallOutputInput | InputMessage | ItemReference | ReasoningInput:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_input_item_type_0 = InputMessage.from_dict(data)

                            return componentsschemas_input_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_input_item_type_1 = FunctionCallInput.from_dict(data)

                            return componentsschemas_input_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_input_item_type_2 = FunctionCallOutputInput.from_dict(data)

                            return componentsschemas_input_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_input_item_type_3 = ReasoningInput.from_dict(data)

                            return componentsschemas_input_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_input_item_type_4 = ItemReference.from_dict(data)

                        return componentsschemas_input_item_type_4

                    input_type_1_item = _parse_input_type_1_item(input_type_1_item_data)

                    input_type_1.append(input_type_1_item)

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[FunctionCallInput | FunctionCallOutputInput | InputMessage | ItemReference | ReasoningInput] | str",
                data,
            )

        input_ = _parse_input_(d.pop("input"))

        instructions = d.pop("instructions", UNSET)

        stream = d.pop("stream", UNSET)

        _stream_options = d.pop("stream_options", UNSET)
        stream_options: ResponseParamsStreamOptions | Unset
        if isinstance(_stream_options, Unset):
            stream_options = UNSET
        else:
            stream_options = ResponseParamsStreamOptions.from_dict(_stream_options)

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        max_output_tokens = d.pop("max_output_tokens", UNSET)

        top_logprobs = d.pop("top_logprobs", UNSET)

        _tools = d.pop("tools", UNSET)
        tools: list[FunctionTool | HostedTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(data: object) -> FunctionTool | HostedTool:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_tool_type_0 = FunctionTool.from_dict(data)

                        return componentsschemas_response_tool_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_response_tool_type_1 = HostedTool.from_dict(data)

                    return componentsschemas_response_tool_type_1

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        def _parse_tool_choice(data: object) -> FunctionToolChoice | ResponseToolChoiceType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_response_tool_choice_type_0 = check_response_tool_choice_type_0(data)

                return componentsschemas_response_tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_response_tool_choice_type_1 = FunctionToolChoice.from_dict(data)

            return componentsschemas_response_tool_choice_type_1

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        max_tool_calls = d.pop("max_tool_calls", UNSET)

        previous_response_id = d.pop("previous_response_id", UNSET)

        _text = d.pop("text", UNSET)
        text: ResponseTextConfig | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = ResponseTextConfig.from_dict(_text)

        _reasoning = d.pop("reasoning", UNSET)
        reasoning: ReasoningConfig | Unset
        if isinstance(_reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = ReasoningConfig.from_dict(_reasoning)

        _include = d.pop("include", UNSET)
        include: list[ResponseParamsIncludeItem] | Unset = UNSET
        if _include is not UNSET:
            include = []
            for include_item_data in _include:
                include_item = check_response_params_include_item(include_item_data)

                include.append(include_item)

        store = d.pop("store", UNSET)

        _truncation = d.pop("truncation", UNSET)
        truncation: ResponseParamsTruncation | Unset
        if isinstance(_truncation, Unset):
            truncation = UNSET
        else:
            truncation = check_response_params_truncation(_truncation)

        user = d.pop("user", UNSET)

        _service_tier = d.pop("service_tier", UNSET)
        service_tier: ResponseParamsServiceTier | Unset
        if isinstance(_service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = check_response_params_service_tier(_service_tier)

        response_params = cls(
            model=model,
            input_=input_,
            instructions=instructions,
            stream=stream,
            stream_options=stream_options,
            temperature=temperature,
            top_p=top_p,
            max_output_tokens=max_output_tokens,
            top_logprobs=top_logprobs,
            tools=tools,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            max_tool_calls=max_tool_calls,
            previous_response_id=previous_response_id,
            text=text,
            reasoning=reasoning,
            include=include,
            store=store,
            truncation=truncation,
            user=user,
            service_tier=service_tier,
        )

        response_params.additional_properties = d
        return response_params

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


# Imported once ResponseParams exists, so that models which contain each other load in either order.
from ..models.function_call_input import FunctionCallInput
from ..models.function_call_output_input import FunctionCallOutputInput
from ..models.function_tool import FunctionTool
from ..models.function_tool_choice import FunctionToolChoice
from ..models.hosted_tool import HostedTool
from ..models.input_message import InputMessage
from ..models.item_reference import ItemReference
from ..models.reasoning_config import ReasoningConfig
from ..models.reasoning_input import ReasoningInput
from ..models.response_params_stream_options import ResponseParamsStreamOptions
from ..models.response_text_config import ResponseTextConfig
