from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="McpToolFilter")


@_attrs_define
class McpToolFilter:
    """A filter object to specify which tools are allowed.

    Attributes:
        read_only (bool | None | Unset): Indicates whether or not a tool modifies data or is read-only.

            If an MCP server is [annotated with
            `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint),
            it will match this filter.
        tool_names (list[str] | None | Unset): List of allowed tool names.
    """

    read_only: bool | None | Unset = UNSET
    tool_names: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        read_only: bool | None | Unset
        if isinstance(self.read_only, Unset):
            read_only = UNSET
        else:
            read_only = self.read_only

        tool_names: list[str] | None | Unset
        if isinstance(self.tool_names, Unset):
            tool_names = UNSET
        elif isinstance(self.tool_names, list):
            tool_names = self.tool_names

        else:
            tool_names = self.tool_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if read_only is not UNSET:
            field_dict["read_only"] = read_only
        if tool_names is not UNSET:
            field_dict["tool_names"] = tool_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        read_only: bool | None | Unset = d.pop("read_only", UNSET)

        _tool_names = d.pop("tool_names", UNSET)
        tool_names: list[str] | None | Unset = _tool_names
        if isinstance(_tool_names, list):
            try:
                tool_names_type_0 = cast("list[str]", _tool_names)

                tool_names = tool_names_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        mcp_tool_filter = cls(
            read_only,
            tool_names,
        )

        mcp_tool_filter.additional_properties = d
        return mcp_tool_filter

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
