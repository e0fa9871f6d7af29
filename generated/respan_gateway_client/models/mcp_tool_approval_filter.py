from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="McpToolApprovalFilter")


@_attrs_define
class McpToolApprovalFilter:
    """Specify which of the MCP server's tools require approval.

    Can be `always`, `never`, or a filter object associated with tools that require approval.

        Attributes:
            always (McpToolFilter | None | Unset):
            never (McpToolFilter | None | Unset):
    """

    always: McpToolFilter | None | Unset = UNSET
    never: McpToolFilter | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        always: dict[str, Any] | None | Unset
        if isinstance(self.always, Unset):
            always = UNSET
        elif isinstance(self.always, McpToolFilter):
            always = self.always.to_dict()
        else:
            always = self.always

        never: dict[str, Any] | None | Unset
        if isinstance(self.never, Unset):
            never = UNSET
        elif isinstance(self.never, McpToolFilter):
            never = self.never.to_dict()
        else:
            never = self.never

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if always is not UNSET:
            field_dict["always"] = always
        if never is not UNSET:
            field_dict["never"] = never

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        always: McpToolFilter | None | Unset = d.pop("always", UNSET)
        if isinstance(always, dict):
            try:
                always = McpToolFilter.from_dict(always)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as McpToolFilter: kept as it came

        never: McpToolFilter | None | Unset = d.pop("never", UNSET)
        if isinstance(never, dict):
            try:
                never = McpToolFilter.from_dict(never)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as McpToolFilter: kept as it came

        mcp_tool_approval_filter = cls(
            always,
            never,
        )

        mcp_tool_approval_filter.additional_properties = d
        return mcp_tool_approval_filter

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


# Imported once McpToolApprovalFilter exists, so that models which contain each other load in either order.
from ..models.mcp_tool_filter import McpToolFilter
