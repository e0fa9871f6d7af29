from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="McpListToolsTool")


@_attrs_define
class McpListToolsTool:
    """A tool available on an MCP server.

    Attributes:
        input_schema (Any): The JSON schema describing the tool's input.
        name (str): The name of the tool.
        annotations (Any | Unset): Additional annotations about the tool.
        description (None | str | Unset): The description of the tool.
    """

    input_schema: Any
    name: str
    annotations: Any | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_schema = self.input_schema

        name = self.name

        annotations = self.annotations

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_schema": input_schema,
                "name": name,
            }
        )
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_schema = d.pop("input_schema")

        name = d.pop("name")

        annotations = d.pop("annotations", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        mcp_list_tools_tool = cls(
            input_schema,
            name,
            annotations,
            description,
        )

        mcp_list_tools_tool.additional_properties = d
        return mcp_list_tools_tool

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
