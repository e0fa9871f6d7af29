from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillReference")


@_attrs_define
class SkillReference:
    """
    Attributes:
        skill_id (str): The ID of the referenced skill.
        type_ (Literal['skill_reference']): References a skill created with the /v1/skills endpoint.
        version (None | str | Unset): Optional skill version. Use a positive integer or 'latest'. Omit for default.
    """

    skill_id: str
    type_: Literal["skill_reference"]
    version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skill_id = self.skill_id

        type_ = self.type_

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skill_id": skill_id,
                "type": type_,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        skill_id = d.pop("skill_id")

        type_ = cast("Literal['skill_reference']", d.pop("type"))
        if type_ != "skill_reference":
            raise ValueError(f"type must match const 'skill_reference', got '{type_}'")

        version: None | str | Unset = d.pop("version", UNSET)

        skill_reference = cls(
            skill_id,
            type_,
            version,
        )

        skill_reference.additional_properties = d
        return skill_reference

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
