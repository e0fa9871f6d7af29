from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_patch_tool_allowed_callers_type_0_item import (
    ApplyPatchToolAllowedCallersType0Item,
    check_apply_patch_tool_allowed_callers_type_0_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplyPatchTool")


@_attrs_define
class ApplyPatchTool:
    """Allows the assistant to create, delete, or update files using unified diffs.

    Attributes:
        type_ (Literal['apply_patch']): The type of the tool. Always `apply_patch`.
        allowed_callers (list[ApplyPatchToolAllowedCallersType0Item] | None | Unset): The tool invocation context(s).
    """

    type_: Literal["apply_patch"]
    allowed_callers: list[ApplyPatchToolAllowedCallersType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        allowed_callers: list[str] | None | Unset
        if isinstance(self.allowed_callers, Unset):
            allowed_callers = UNSET
        elif isinstance(self.allowed_callers, list):
            allowed_callers = []
            for allowed_callers_type_0_item_data in self.allowed_callers:
                allowed_callers_type_0_item: str = allowed_callers_type_0_item_data
                allowed_callers.append(allowed_callers_type_0_item)

        else:
            allowed_callers = self.allowed_callers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['apply_patch']", d.pop("type"))
        if type_ != "apply_patch":
            raise ValueError(f"type must match const 'apply_patch', got '{type_}'")

        _allowed_callers = d.pop("allowed_callers", UNSET)
        allowed_callers: list[ApplyPatchToolAllowedCallersType0Item] | None | Unset = _allowed_callers
        if isinstance(_allowed_callers, list):
            try:
                allowed_callers_type_0 = []
                _allowed_callers_type_0 = _allowed_callers
                for allowed_callers_type_0_item_data in _allowed_callers_type_0:
                    allowed_callers_type_0_item = check_apply_patch_tool_allowed_callers_type_0_item(
                        allowed_callers_type_0_item_data
                    )

                    allowed_callers_type_0.append(allowed_callers_type_0_item)

                allowed_callers = allowed_callers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        apply_patch_tool = cls(
            type_,
            allowed_callers,
        )

        apply_patch_tool.additional_properties = d
        return apply_patch_tool

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
