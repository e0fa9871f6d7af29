from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LocalEnvironment")


@_attrs_define
class LocalEnvironment:
    """
    Attributes:
        type_ (Literal['local']): Use a local computer environment.
        skills (list[LocalSkill] | None | Unset): An optional list of skills.
    """

    type_: Literal["local"]
    skills: list[LocalSkill] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        skills: list[dict[str, Any]] | None | Unset
        if isinstance(self.skills, Unset):
            skills = UNSET
        elif isinstance(self.skills, list):
            skills = []
            for skills_type_0_item_data in self.skills:
                skills_type_0_item = skills_type_0_item_data.to_dict()
                skills.append(skills_type_0_item)

        else:
            skills = self.skills

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if skills is not UNSET:
            field_dict["skills"] = skills

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['local']", d.pop("type"))
        if type_ != "local":
            raise ValueError(f"type must match const 'local', got '{type_}'")

        _skills = d.pop("skills", UNSET)
        skills: list[LocalSkill] | None | Unset = _skills
        if isinstance(_skills, list):
            try:
                skills_type_0 = []
                _skills_type_0 = _skills
                for skills_type_0_item_data in _skills_type_0:
                    skills_type_0_item = LocalSkill.from_dict(skills_type_0_item_data)

                    skills_type_0.append(skills_type_0_item)

                skills = skills_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        local_environment = cls(
            type_,
            skills,
        )

        local_environment.additional_properties = d
        return local_environment

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


# Imported once LocalEnvironment exists, so that models which contain each other load in either order.
from ..models.local_skill import LocalSkill
