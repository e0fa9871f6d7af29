from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="McpToolChoice")


@_attrs_define
class McpToolChoice:
    """Use this option to force the model to call a specific tool on a remote MCP server.

    Attributes:
        server_label (str): The label of the MCP server to use.
        type_ (Literal['mcp']): For MCP tools, the type is always `mcp`.
        name (None | str | Unset): The name of the tool to call on the server.
    """

    server_label: str
    type_: Literal["mcp"]
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_label = self.server_label

        type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "server_label": server_label,
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        server_label = d.pop("server_label")

        type_ = cast("Literal['mcp']", d.pop("type"))
        if type_ != "mcp":
            raise ValueError(f"type must match const 'mcp', got '{type_}'")

        name: None | str | Unset = d.pop("name", UNSET)

        mcp_tool_choice = cls(
            server_label,
            type_,
            name,
        )

        mcp_tool_choice.additional_properties = d
        return mcp_tool_choice

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
