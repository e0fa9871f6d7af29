from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApplyPatchCreateFile")


@_attrs_define
class ApplyPatchCreateFile:
    """Instruction for creating a new file via the apply_patch tool.

    Attributes:
        diff (str): Unified diff content to apply when creating the file.
        path (str): Path of the file to create relative to the workspace root.
        type_ (Literal['create_file']): The operation type. Always `create_file`.
    """

    diff: str
    path: str
    type_: Literal["create_file"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        diff = self.diff

        path = self.path

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "diff": diff,
                "path": path,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        diff = d.pop("diff")

        path = d.pop("path")

        type_ = cast("Literal['create_file']", d.pop("type"))
        if type_ != "create_file":
            raise ValueError(f"type must match const 'create_file', got '{type_}'")

        apply_patch_create_file = cls(
            diff,
            path,
            type_,
        )

        apply_patch_create_file.additional_properties = d
        return apply_patch_create_file

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
