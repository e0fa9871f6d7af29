from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="McpApprovalResponse")


@_attrs_define
class McpApprovalResponse:
    """A response to an MCP approval request.

    Attributes:
        approval_request_id (str): The ID of the approval request being answered.
        approve (bool): Whether the request was approved.
        type_ (Literal['mcp_approval_response']): The type of the item. Always `mcp_approval_response`.
        id (None | str | Unset): The unique ID of the approval response
        reason (None | str | Unset): Optional reason for the decision.
    """

    approval_request_id: str
    approve: bool
    type_: Literal["mcp_approval_response"]
    id: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approval_request_id = self.approval_request_id

        approve = self.approve

        type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approval_request_id": approval_request_id,
                "approve": approve,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approval_request_id = d.pop("approval_request_id")

        approve = d.pop("approve")

        type_ = cast("Literal['mcp_approval_response']", d.pop("type"))
        if type_ != "mcp_approval_response":
            raise ValueError(f"type must match const 'mcp_approval_response', got '{type_}'")

        id: None | str | Unset = d.pop("id", UNSET)

        reason: None | str | Unset = d.pop("reason", UNSET)

        mcp_approval_response = cls(
            approval_request_id,
            approve,
            type_,
            id,
            reason,
        )

        mcp_approval_response.additional_properties = d
        return mcp_approval_response

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
