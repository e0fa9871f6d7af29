from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="McpListTools")


@_attrs_define
class McpListTools:
    """A list of tools available on an MCP server.

    Attributes:
        id (str): The unique ID of the list.
        server_label (str): The label of the MCP server.
        tools (list[McpListToolsTool]): The tools available on the server.
        type_ (Literal['mcp_list_tools']): The type of the item. Always `mcp_list_tools`.
        error (None | str | Unset): Error message if the server could not list tools.
    """

    id: str
    server_label: str
    tools: list[McpListToolsTool]
    type_: Literal["mcp_list_tools"]
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        server_label = self.server_label

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        type_ = self.type_

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "server_label": server_label,
                "tools": tools,
                "type": type_,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        server_label = d.pop("server_label")

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = McpListToolsTool.from_dict(tools_item_data)

            tools.append(tools_item)

        type_ = cast("Literal['mcp_list_tools']", d.pop("type"))
        if type_ != "mcp_list_tools":
            raise ValueError(f"type must match const 'mcp_list_tools', got '{type_}'")

        error: None | str | Unset = d.pop("error", UNSET)

        mcp_list_tools = cls(
            id,
            server_label,
            tools,
            type_,
            error,
        )

        mcp_list_tools.additional_properties = d
        return mcp_list_tools

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


# Imported once McpListTools exists, so that models which contain each other load in either order.
from ..models.mcp_list_tools_tool import McpListToolsTool
