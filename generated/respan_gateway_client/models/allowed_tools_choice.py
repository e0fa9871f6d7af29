from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.allowed_tools_choice_mode import AllowedToolsChoiceMode, check_allowed_tools_choice_mode

T = TypeVar("T", bound="AllowedToolsChoice")


@_attrs_define
class AllowedToolsChoice:
    """Constrains the tools available to the model to a pre-defined set.

    Attributes:
        mode (AllowedToolsChoiceMode): Constrains the tools available to the model to a pre-defined set.

            `auto` allows the model to pick from among the allowed tools and generate a message.

            `required` requires the model to call one or more of the allowed tools.
        tools (list[AllowedToolsChoiceToolsItem]): A list of tool definitions that the model should be allowed to call.

            For the Responses API, the list of tool definitions might look like:

            ```json
            [
              { "type": "function", "name": "get_weather" },
              { "type": "mcp", "server_label": "deepwiki" },
              { "type": "image_generation" }
            ]
            ```
        type_ (Literal['allowed_tools']): Allowed tool configuration type. Always `allowed_tools`.
    """

    mode: AllowedToolsChoiceMode
    tools: list[AllowedToolsChoiceToolsItem]
    type_: Literal["allowed_tools"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str = self.mode

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
                "tools": tools,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = check_allowed_tools_choice_mode(d.pop("mode"))

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = AllowedToolsChoiceToolsItem.from_dict(tools_item_data)

            tools.append(tools_item)

        type_ = cast("Literal['allowed_tools']", d.pop("type"))
        if type_ != "allowed_tools":
            raise ValueError(f"type must match const 'allowed_tools', got '{type_}'")

        allowed_tools_choice = cls(
            mode,
            tools,
            type_,
        )

        allowed_tools_choice.additional_properties = d
        return allowed_tools_choice

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


# Imported once AllowedToolsChoice exists, so that models which contain each other load in either order.
from ..models.allowed_tools_choice_tools_item import AllowedToolsChoiceToolsItem
