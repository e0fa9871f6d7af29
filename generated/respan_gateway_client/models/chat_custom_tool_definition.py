from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCustomToolDefinition")


@_attrs_define
class ChatCustomToolDefinition:
    """Properties of the custom tool.

    Attributes:
        name (str): The name of the custom tool, used to identify it in tool calls.
        description (str | Unset): Optional description of the custom tool, used to provide more context.
        format_ (ChatCustomToolGrammarFormat | ChatCustomToolTextFormat | Unset): The input format for the custom tool.
            Default is unconstrained text.
    """

    name: str
    description: str | Unset = UNSET
    format_: ChatCustomToolGrammarFormat | ChatCustomToolTextFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        format_: dict[str, Any] | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, ChatCustomToolTextFormat):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        def _parse_format_(data: object) -> ChatCustomToolGrammarFormat | ChatCustomToolTextFormat | Unset:
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind == "text":
                        return ChatCustomToolTextFormat.from_dict(data)
                    if kind == "grammar":
                        return ChatCustomToolGrammarFormat.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

            raise TypeError(f"expected one of the forms of format, got {type(data).__name__}")

        format_ = _parse_format_(d.pop("format", UNSET))

        chat_custom_tool_definition = cls(
            name,
            description,
            format_,
        )

        chat_custom_tool_definition.additional_properties = d
        return chat_custom_tool_definition

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


# Imported once ChatCustomToolDefinition exists, so that models which contain each other load in either order.
from ..models.chat_custom_tool_grammar_format import ChatCustomToolGrammarFormat
from ..models.chat_custom_tool_text_format import ChatCustomToolTextFormat
