from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_status import ResponseStatus, check_response_status
from ..models.response_tool_choice_type_0 import ResponseToolChoiceType0, check_response_tool_choice_type_0
from ..types import UNSET, Unset

T = TypeVar("T", bound="Response")


@_attrs_define
class Response:
    """An OpenAI-compatible Response.

    Attributes:
        id (str):
        object_ (Literal['response']):
        created_at (int): Unix time in seconds.
        status (ResponseStatus):
        model (str): The model that served the request, after fallbacks and load balancing.
        output (list[FunctionCallItem | OutputMessage | ReasoningItem]):
        parallel_tool_calls (bool):
        tool_choice (FunctionToolChoice | ResponseToolChoiceType0): `none`, `auto`, `required`, or an object naming the
            function to call.
        tools (list[FunctionTool | HostedTool]):
        error (None | ResponseError | Unset):
        incomplete_details (IncompleteDetails | None | Unset):
        instructions (None | str | Unset):
        max_output_tokens (int | None | Unset):
        previous_response_id (None | str | Unset):
        temperature (float | None | Unset):
        top_p (float | None | Unset):
        text (ResponseTextConfig | Unset): Text output configuration.
        reasoning (None | ReasoningConfig | Unset):
        truncation (None | str | Unset):
        store (bool | Unset):
        user (None | str | Unset):
        metadata (None | ResponseMetadataType0 | Unset):
        usage (None | ResponseUsage | Unset):
        request_breakdown (RequestBreakdown | Unset): Response metrics summary, returned when `request_breakdown` is
            true.
    """

    id: str
    object_: Literal["response"]
    created_at: int
    status: ResponseStatus
    model: str
    output: list[FunctionCallItem | OutputMessage | ReasoningItem]
    parallel_tool_calls: bool
    tool_choice: FunctionToolChoice | ResponseToolChoiceType0
    tools: list[FunctionTool | HostedTool]
    error: None | ResponseError | Unset = UNSET
    incomplete_details: IncompleteDetails | None | Unset = UNSET
    instructions: None | str | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    previous_response_id: None | str | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    text: ResponseTextConfig | Unset = UNSET
    reasoning: None | ReasoningConfig | Unset = UNSET
    truncation: None | str | Unset = UNSET
    store: bool | Unset = UNSET
    user: None | str | Unset = UNSET
    metadata: None | ResponseMetadataType0 | Unset = UNSET
    usage: None | ResponseUsage | Unset = UNSET
    request_breakdown: RequestBreakdown | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        created_at = self.created_at

        status: str = self.status

        model = self.model

        output = []
        for output_item_data in self.output:
            output_item: dict[str, Any]
            if isinstance(output_item_data, OutputMessage):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, FunctionCallItem):
                output_item = output_item_data.to_dict()
            else:
                output_item = output_item_data.to_dict()

            output.append(output_item)

        parallel_tool_calls = self.parallel_tool_calls

        tool_choice: dict[str, Any] | str
        if isinstance(self.tool_choice, str):
            tool_choice = self.tool_choice
        else:
            tool_choice = self.tool_choice.to_dict()

        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if isinstance(tools_item_data, FunctionTool):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ResponseError):
            error = self.error.to_dict()
        else:
            error = self.error

        incomplete_details: dict[str, Any] | None | Unset
        if isinstance(self.incomplete_details, Unset):
            incomplete_details = UNSET
        elif isinstance(self.incomplete_details, IncompleteDetails):
            incomplete_details = self.incomplete_details.to_dict()
        else:
            incomplete_details = self.incomplete_details

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        max_output_tokens: int | None | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        previous_response_id: None | str | Unset
        if isinstance(self.previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = self.previous_response_id

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, ReasoningConfig):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        truncation: None | str | Unset
        if isinstance(self.truncation, Unset):
            truncation = UNSET
        else:
            truncation = self.truncation

        store = self.store

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ResponseMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, ResponseUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        request_breakdown: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_breakdown, Unset):
            request_breakdown = self.request_breakdown.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created_at": created_at,
                "status": status,
                "model": model,
                "output": output,
                "parallel_tool_calls": parallel_tool_calls,
                "tool_choice": tool_choice,
                "tools": tools,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if incomplete_details is not UNSET:
            field_dict["incomplete_details"] = incomplete_details
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if text is not UNSET:
            field_dict["text"] = text
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if store is not UNSET:
            field_dict["store"] = store
        if user is not UNSET:
            field_dict["user"] = user
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if usage is not UNSET:
            field_dict["usage"] = usage
        if request_breakdown is not UNSET:
            field_dict["request_breakdown"] = request_breakdown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast("Literal['response']", d.pop("object"))
        if object_ != "response":
            raise ValueError(f"object must match const 'response', got '{object_}'")

        created_at = d.pop("created_at")

        status = check_response_status(d.pop("status"))

        model = d.pop("model")

        output = []
        _output = d.pop("output")
        for output_item_data in _output:

            def _parse_output_item(data: object) -> FunctionCallItem | OutputMessage | ReasoningItem:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_0 = OutputMessage.from_dict(data)

                    return componentsschemas_output_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_item_type_1 = FunctionCallItem.from_dict(data)

                    return componentsschemas_output_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_2 = ReasoningItem.from_dict(data)

                return componentsschemas_output_item_type_2

            output_item = _parse_output_item(output_item_data)

            output.append(output_item)

        parallel_tool_calls = d.pop("parallel_tool_calls")

        def _parse_tool_choice(data: object) -> FunctionToolChoice | ResponseToolChoiceType0:
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

        tool_choice = _parse_tool_choice(d.pop("tool_choice"))

        tools = []
        _tools = d.pop("tools")
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

        def _parse_error(data: object) -> None | ResponseError | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ResponseError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ResponseError | Unset", data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_incomplete_details(data: object) -> IncompleteDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                incomplete_details_type_0 = IncompleteDetails.from_dict(data)

                return incomplete_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("IncompleteDetails | None | Unset", data)

        incomplete_details = _parse_incomplete_details(d.pop("incomplete_details", UNSET))

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        def _parse_max_output_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        max_output_tokens = _parse_max_output_tokens(d.pop("max_output_tokens", UNSET))

        def _parse_previous_response_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        previous_response_id = _parse_previous_response_id(d.pop("previous_response_id", UNSET))

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        temperature = _parse_temperature(d.pop("temperature", UNSET))

        def _parse_top_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        top_p = _parse_top_p(d.pop("top_p", UNSET))

        _text = d.pop("text", UNSET)
        text: ResponseTextConfig | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = ResponseTextConfig.from_dict(_text)

        def _parse_reasoning(data: object) -> None | ReasoningConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reasoning_type_0 = ReasoningConfig.from_dict(data)

                return reasoning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ReasoningConfig | Unset", data)

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        def _parse_truncation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        truncation = _parse_truncation(d.pop("truncation", UNSET))

        store = d.pop("store", UNSET)

        def _parse_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        user = _parse_user(d.pop("user", UNSET))

        def _parse_metadata(data: object) -> None | ResponseMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ResponseMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ResponseMetadataType0 | Unset", data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_usage(data: object) -> None | ResponseUsage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = ResponseUsage.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ResponseUsage | Unset", data)

        usage = _parse_usage(d.pop("usage", UNSET))

        _request_breakdown = d.pop("request_breakdown", UNSET)
        request_breakdown: RequestBreakdown | Unset
        if isinstance(_request_breakdown, Unset):
            request_breakdown = UNSET
        else:
            request_breakdown = RequestBreakdown.from_dict(_request_breakdown)

        response = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            status=status,
            model=model,
            output=output,
            parallel_tool_calls=parallel_tool_calls,
            tool_choice=tool_choice,
            tools=tools,
            error=error,
            incomplete_details=incomplete_details,
            instructions=instructions,
            max_output_tokens=max_output_tokens,
            previous_response_id=previous_response_id,
            temperature=temperature,
            top_p=top_p,
            text=text,
            reasoning=reasoning,
            truncation=truncation,
            store=store,
            user=user,
            metadata=metadata,
            usage=usage,
            request_breakdown=request_breakdown,
        )

        response.additional_properties = d
        return response

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


# Imported once Response exists, so that models which contain each other load in either order.
from ..models.function_call_item import FunctionCallItem
from ..models.function_tool import FunctionTool
from ..models.function_tool_choice import FunctionToolChoice
from ..models.hosted_tool import HostedTool
from ..models.incomplete_details import IncompleteDetails
from ..models.output_message import OutputMessage
from ..models.reasoning_config import ReasoningConfig
from ..models.reasoning_item import ReasoningItem
from ..models.request_breakdown import RequestBreakdown
from ..models.response_error import ResponseError
from ..models.response_metadata_type_0 import ResponseMetadataType0
from ..models.response_text_config import ResponseTextConfig
from ..models.response_usage import ResponseUsage
