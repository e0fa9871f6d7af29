from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApplyPatchDeleteFile")


@_attrs_define
class ApplyPatchDeleteFile:
    """Instruction for deleting an existing file via the apply_patch tool.

    Attributes:
        path (str): Path of the file to delete relative to the workspace root.
        type_ (Literal['delete_file']): The operation type. Always `delete_file`.
    """

    path: str
    type_: Literal["delete_file"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path")

        type_ = cast("Literal['delete_file']", d.pop("type"))
        if type_ != "delete_file":
            raise ValueError(f"type must match const 'delete_file', got '{type_}'")

        apply_patch_delete_file = cls(
            path,
            type_,
        )

        apply_patch_delete_file.additional_properties = d
        return apply_patch_delete_file

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
