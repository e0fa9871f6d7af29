from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.namespace_function_allowed_callers_type_0_item import (
    NamespaceFunctionAllowedCallersType0Item,
    check_namespace_function_allowed_callers_type_0_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NamespaceFunction")


@_attrs_define
class NamespaceFunction:
    """
    Attributes:
        name (str): The name of the loaded function tool.
        type_ (Literal['function']):
        async_ (bool | None | Unset):
        allowed_callers (list[NamespaceFunctionAllowedCallersType0Item] | None | Unset): The tool invocation context(s).
        defer_loading (bool | None | Unset): Whether this function should be deferred and discovered via tool search.
        description (None | str | Unset):
        output_schema (NamespaceFunctionOutputSchemaType0 | None | Unset): A JSON Schema describing the JSON value
            encoded in string outputs for this function tool. This does not
            describe content-array outputs.
        parameters (Any | Unset):
        strict (bool | None | Unset): Whether to enforce strict parameter validation.

            If omitted, Responses attempts to use strict validation when the schema is compatible, and falls back to non-
            strict validation otherwise.
    """

    name: str
    type_: Literal["function"]
    async_: bool | None | Unset = UNSET
    allowed_callers: list[NamespaceFunctionAllowedCallersType0Item] | None | Unset = UNSET
    defer_loading: bool | None | Unset = UNSET
    description: None | str | Unset = UNSET
    output_schema: NamespaceFunctionOutputSchemaType0 | None | Unset = UNSET
    parameters: Any | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

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

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        output_schema: dict[str, Any] | None | Unset
        if isinstance(self.output_schema, Unset):
            output_schema = UNSET
        elif isinstance(self.output_schema, NamespaceFunctionOutputSchemaType0):
            output_schema = self.output_schema.to_dict()
        else:
            output_schema = self.output_schema

        parameters = self.parameters

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if async_ is not UNSET:
            field_dict["async"] = async_
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading
        if description is not UNSET:
            field_dict["description"] = description
        if output_schema is not UNSET:
            field_dict["output_schema"] = output_schema
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = cast("Literal['function']", d.pop("type"))
        if type_ != "function":
            raise ValueError(f"type must match const 'function', got '{type_}'")

        async_: bool | None | Unset = d.pop("async", UNSET)

        _allowed_callers = d.pop("allowed_callers", UNSET)
        allowed_callers: list[NamespaceFunctionAllowedCallersType0Item] | None | Unset = _allowed_callers
        if isinstance(_allowed_callers, list):
            try:
                allowed_callers_type_0 = []
                _allowed_callers_type_0 = _allowed_callers
                for allowed_callers_type_0_item_data in _allowed_callers_type_0:
                    allowed_callers_type_0_item = check_namespace_function_allowed_callers_type_0_item(
                        allowed_callers_type_0_item_data
                    )

                    allowed_callers_type_0.append(allowed_callers_type_0_item)

                allowed_callers = allowed_callers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        defer_loading: bool | None | Unset = d.pop("defer_loading", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        output_schema: NamespaceFunctionOutputSchemaType0 | None | Unset = d.pop("output_schema", UNSET)
        if isinstance(output_schema, dict):
            try:
                output_schema = NamespaceFunctionOutputSchemaType0.from_dict(output_schema)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as NamespaceFunctionOutputSchemaType0: kept as it came

        parameters = d.pop("parameters", UNSET)

        strict: bool | None | Unset = d.pop("strict", UNSET)

        namespace_function = cls(
            name,
            type_,
            async_,
            allowed_callers,
            defer_loading,
            description,
            output_schema,
            parameters,
            strict,
        )

        namespace_function.additional_properties = d
        return namespace_function

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


# Imported once NamespaceFunction exists, so that models which contain each other load in either order.
from ..models.namespace_function_output_schema_type_0 import NamespaceFunctionOutputSchemaType0
