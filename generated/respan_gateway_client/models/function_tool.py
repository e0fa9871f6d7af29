from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_tool_allowed_callers_type_0_item import (
    FunctionToolAllowedCallersType0Item,
    check_function_tool_allowed_callers_type_0_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FunctionTool")


@_attrs_define
class FunctionTool:
    """
    Attributes:
        type_ (Literal['function']):
        name (str):
        description (None | str | Unset):
        parameters (FunctionParameters | None | Unset):
        strict (bool | None | Unset):
        async_ (bool | None | Unset):
        allowed_callers (list[FunctionToolAllowedCallersType0Item] | None | Unset): The tool invocation context(s).
        defer_loading (bool | None | Unset): Whether this function is deferred and loaded via tool search.
        output_schema (FunctionToolOutputSchemaType0 | None | Unset): A JSON schema object describing the JSON value
            encoded in string outputs for this function.
    """

    type_: Literal["function"]
    name: str
    description: None | str | Unset = UNSET
    parameters: FunctionParameters | None | Unset = UNSET
    strict: bool | None | Unset = UNSET
    async_: bool | None | Unset = UNSET
    allowed_callers: list[FunctionToolAllowedCallersType0Item] | None | Unset = UNSET
    defer_loading: bool | None | Unset = UNSET
    output_schema: FunctionToolOutputSchemaType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        parameters: dict[str, Any] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, FunctionParameters):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        async_: bool | None | Unset
        if isinstance(self.async_, Unset):
            async_ = UNSET
        else:
            async_ = self.async_

        allowed_callers: list[str] | None | Unset
        if isinstance(self.allowed_callers, Unset):
            allowed_callers = UNSET
        elif isinstance(self.allowed_callers, list):
            allowed_callers = []
            for allowed_callers_type_0_item_data in self.allowed_callers:
                allowed_callers_type_0_item: str = allowed_callers_type_0_item_data
                allowed_callers.append(allowed_callers_type_0_item)

        else:
            allowed_callers = self.allowed_callers

        defer_loading: bool | None | Unset
        if isinstance(self.defer_loading, Unset):
            defer_loading = UNSET
        else:
            defer_loading = self.defer_loading

        output_schema: dict[str, Any] | None | Unset
        if isinstance(self.output_schema, Unset):
            output_schema = UNSET
        elif isinstance(self.output_schema, FunctionToolOutputSchemaType0):
            output_schema = self.output_schema.to_dict()
        else:
            output_schema = self.output_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if strict is not UNSET:
            field_dict["strict"] = strict
        if async_ is not UNSET:
            field_dict["async"] = async_
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading
        if output_schema is not UNSET:
            field_dict["output_schema"] = output_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['function']", d.pop("type"))
        if type_ != "function":
            raise ValueError(f"type must match const 'function', got '{type_}'")

        name = d.pop("name")

        description: None | str | Unset = d.pop("description", UNSET)

        parameters: FunctionParameters | None | Unset = d.pop("parameters", UNSET)
        if isinstance(parameters, dict):
            try:
                parameters = FunctionParameters.from_dict(parameters)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as FunctionParameters: kept as it came

        strict: bool | None | Unset = d.pop("strict", UNSET)

        async_: bool | None | Unset = d.pop("async", UNSET)

        _allowed_callers = d.pop("allowed_callers", UNSET)
        allowed_callers: list[FunctionToolAllowedCallersType0Item] | None | Unset = _allowed_callers
        if isinstance(_allowed_callers, list):
            try:
                allowed_callers_type_0 = []
                _allowed_callers_type_0 = _allowed_callers
                for allowed_callers_type_0_item_data in _allowed_callers_type_0:
                    allowed_callers_type_0_item = check_function_tool_allowed_callers_type_0_item(
                        allowed_callers_type_0_item_data
                    )

                    allowed_callers_type_0.append(allowed_callers_type_0_item)

                allowed_callers = allowed_callers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        defer_loading: bool | None | Unset = d.pop("defer_loading", UNSET)

        output_schema: FunctionToolOutputSchemaType0 | None | Unset = d.pop("output_schema", UNSET)
        if isinstance(output_schema, dict):
            try:
                output_schema = FunctionToolOutputSchemaType0.from_dict(output_schema)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as FunctionToolOutputSchemaType0: kept as it came

        function_tool = cls(
            type_,
            name,
            description,
            parameters,
            strict,
            async_,
            allowed_callers,
            defer_loading,
            output_schema,
        )

        function_tool.additional_properties = d
        return function_tool

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


# Imported once FunctionTool exists, so that models which contain each other load in either order.
from ..models.function_parameters import FunctionParameters
from ..models.function_tool_output_schema_type_0 import FunctionToolOutputSchemaType0
