from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_tool_allowed_callers_type_0_item import (
    CustomToolAllowedCallersType0Item,
    check_custom_tool_allowed_callers_type_0_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomTool")


@_attrs_define
class CustomTool:
    """A custom tool that processes input using a specified format.

    Learn more about   [custom tools](https://developers.openai.com/api/docs/guides/function-calling#custom-tools)

        Attributes:
            name (str): The name of the custom tool, used to identify it in tool calls.
            type_ (Literal['custom']): The type of the custom tool. Always `custom`.
            async_ (bool | None | Unset):
            allowed_callers (list[CustomToolAllowedCallersType0Item] | None | Unset): The tool invocation context(s).
            defer_loading (bool | None | Unset): Whether this tool should be deferred and discovered via tool search.
            description (None | str | Unset): Optional description of the custom tool, used to provide more context.
            format_ (CustomToolGrammarFormat | CustomToolTextFormat | None | Unset): The input format for the custom tool.
                Default is unconstrained text.
    """

    name: str
    type_: Literal["custom"]
    async_: bool | None | Unset = UNSET
    allowed_callers: list[CustomToolAllowedCallersType0Item] | None | Unset = UNSET
    defer_loading: bool | None | Unset = UNSET
    description: None | str | Unset = UNSET
    format_: CustomToolGrammarFormat | CustomToolTextFormat | None | Unset = UNSET
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

        format_: dict[str, Any] | None | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, CustomToolTextFormat):
            format_ = self.format_.to_dict()
        elif isinstance(self.format_, CustomToolGrammarFormat):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_

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
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = cast("Literal['custom']", d.pop("type"))
        if type_ != "custom":
            raise ValueError(f"type must match const 'custom', got '{type_}'")

        async_: bool | None | Unset = d.pop("async", UNSET)

        _allowed_callers = d.pop("allowed_callers", UNSET)
        allowed_callers: list[CustomToolAllowedCallersType0Item] | None | Unset = _allowed_callers
        if isinstance(_allowed_callers, list):
            try:
                allowed_callers_type_0 = []
                _allowed_callers_type_0 = _allowed_callers
                for allowed_callers_type_0_item_data in _allowed_callers_type_0:
                    allowed_callers_type_0_item = check_custom_tool_allowed_callers_type_0_item(
                        allowed_callers_type_0_item_data
                    )

                    allowed_callers_type_0.append(allowed_callers_type_0_item)

                allowed_callers = allowed_callers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        defer_loading: bool | None | Unset = d.pop("defer_loading", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        def _parse_format_(data: object) -> CustomToolGrammarFormat | CustomToolTextFormat | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind == "text":
                        return CustomToolTextFormat.from_dict(data)
                    if kind == "grammar":
                        return CustomToolGrammarFormat.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

            return cast("CustomToolGrammarFormat | CustomToolTextFormat | None | Unset", data)

        format_ = _parse_format_(d.pop("format", UNSET))

        custom_tool = cls(
            name,
            type_,
            async_,
            allowed_callers,
            defer_loading,
            description,
            format_,
        )

        custom_tool.additional_properties = d
        return custom_tool

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


# Imported once CustomTool exists, so that models which contain each other load in either order.
from ..models.custom_tool_grammar_format import CustomToolGrammarFormat
from ..models.custom_tool_text_format import CustomToolTextFormat
