from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChatCustomTool")


@_attrs_define
class ChatCustomTool:
    """A custom tool that processes input using a specified format.

    Attributes:
        custom (ChatCustomToolDefinition): Properties of the custom tool.
        type_ (Literal['custom']): The type of the custom tool. Always `custom`.
    """

    custom: ChatCustomToolDefinition
    type_: Literal["custom"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom = self.custom.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom": custom,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        custom = ChatCustomToolDefinition.from_dict(d.pop("custom"))

        type_ = cast("Literal['custom']", d.pop("type"))
        if type_ != "custom":
            raise ValueError(f"type must match const 'custom', got '{type_}'")

        chat_custom_tool = cls(
            custom,
            type_,
        )

        chat_custom_tool.additional_properties = d
        return chat_custom_tool

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


# Imported once ChatCustomTool exists, so that models which contain each other load in either order.
from ..models.chat_custom_tool_definition import ChatCustomToolDefinition
