from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="McpProtocolError")


@_attrs_define
class McpProtocolError:
    """
    Attributes:
        code (int):
        message (str):
        type_ (Literal['mcp_protocol_error']):
    """

    code: int
    message: str
    type_: Literal["mcp_protocol_error"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        type_ = cast("Literal['mcp_protocol_error']", d.pop("type"))
        if type_ != "mcp_protocol_error":
            raise ValueError(f"type must match const 'mcp_protocol_error', got '{type_}'")

        mcp_protocol_error = cls(
            code,
            message,
            type_,
        )

        mcp_protocol_error.additional_properties = d
        return mcp_protocol_error

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
