from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_allowed_tools_mode import ChatAllowedToolsMode, check_chat_allowed_tools_mode

T = TypeVar("T", bound="ChatAllowedTools")


@_attrs_define
class ChatAllowedTools:
    """Constrains the tools available to the model to a pre-defined set.

    Attributes:
        mode (ChatAllowedToolsMode): Constrains the tools available to the model to a pre-defined set.

            `auto` allows the model to pick from among the allowed tools and generate a message.

            `required` requires the model to call one or more of the allowed tools.
        tools (list[ChatAllowedToolsToolsItem]): A list of tool definitions that the model should be allowed to call.

            For the Chat Completions API, the list of tool definitions might look like:

            ```json
            [
              { "type": "function", "function": { "name": "get_weather" } },
              { "type": "function", "function": { "name": "get_time" } }
            ]
            ```
    """

    mode: ChatAllowedToolsMode
    tools: list[ChatAllowedToolsToolsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str = self.mode

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
                "tools": tools,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = check_chat_allowed_tools_mode(d.pop("mode"))

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = ChatAllowedToolsToolsItem.from_dict(tools_item_data)

            tools.append(tools_item)

        chat_allowed_tools = cls(
            mode,
            tools,
        )

        chat_allowed_tools.additional_properties = d
        return chat_allowed_tools

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


# Imported once ChatAllowedTools exists, so that models which contain each other load in either order.
from ..models.chat_allowed_tools_tools_item import ChatAllowedToolsToolsItem
