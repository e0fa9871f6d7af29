from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_auto_memory_limit_type_0 import (
    ContainerAutoMemoryLimitType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerAuto")


@_attrs_define
class ContainerAuto:
    """
    Attributes:
        type_ (Literal['container_auto']): Automatically creates a container for this request
        file_ids (list[str] | None | Unset): An optional list of uploaded files to make available to your code.
        memory_limit (ContainerAutoMemoryLimitType0 | None | Unset): The memory limit for the container.
        network_policy (ContainerNetworkPolicyAllowlist | ContainerNetworkPolicyDisabled | None | Unset): Network access
            policy for the container.
        skills (list[InlineSkill | SkillReference] | None | Unset): An optional list of skills referenced by id or
            inline data.
    """

    type_: Literal["container_auto"]
    file_ids: list[str] | None | Unset = UNSET
    memory_limit: ContainerAutoMemoryLimitType0 | None | Unset = UNSET
    network_policy: ContainerNetworkPolicyAllowlist | ContainerNetworkPolicyDisabled | None | Unset = UNSET
    skills: list[InlineSkill | SkillReference] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        file_ids: list[str] | None | Unset
        if isinstance(self.file_ids, Unset):
            file_ids = UNSET
        elif isinstance(self.file_ids, list):
            file_ids = self.file_ids

        else:
            file_ids = self.file_ids

        memory_limit: None | str | Unset
        if isinstance(self.memory_limit, Unset):
            memory_limit = UNSET
        elif isinstance(self.memory_limit, str):
            memory_limit = self.memory_limit
        else:
            memory_limit = self.memory_limit

        network_policy: dict[str, Any] | None | Unset
        if isinstance(self.network_policy, Unset):
            network_policy = UNSET
        elif isinstance(self.network_policy, ContainerNetworkPolicyDisabled):
            network_policy = self.network_policy.to_dict()
        elif isinstance(self.network_policy, ContainerNetworkPolicyAllowlist):
            network_policy = self.network_policy.to_dict()
        else:
            network_policy = self.network_policy

        skills: list[dict[str, Any]] | None | Unset
        if isinstance(self.skills, Unset):
            skills = UNSET
        elif isinstance(self.skills, list):
            skills = []
            for skills_type_0_item_data in self.skills:
                skills_type_0_item: dict[str, Any]
                if isinstance(skills_type_0_item_data, SkillReference):
                    skills_type_0_item = skills_type_0_item_data.to_dict()
                else:
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
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        if memory_limit is not UNSET:
            field_dict["memory_limit"] = memory_limit
        if network_policy is not UNSET:
            field_dict["network_policy"] = network_policy
        if skills is not UNSET:
            field_dict["skills"] = skills

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['container_auto']", d.pop("type"))
        if type_ != "container_auto":
            raise ValueError(f"type must match const 'container_auto', got '{type_}'")

        _file_ids = d.pop("file_ids", UNSET)
        file_ids: list[str] | None | Unset = _file_ids
        if isinstance(_file_ids, list):
            try:
                file_ids_type_0 = cast("list[str]", _file_ids)

                file_ids = file_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        memory_limit: ContainerAutoMemoryLimitType0 | None | Unset = d.pop("memory_limit", UNSET)

        def _parse_network_policy(
            data: object,
        ) -> ContainerNetworkPolicyAllowlist | ContainerNetworkPolicyDisabled | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind == "disabled":
                        return ContainerNetworkPolicyDisabled.from_dict(data)
                    if kind == "allowlist":
                        return ContainerNetworkPolicyAllowlist.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

            return cast("ContainerNetworkPolicyAllowlist | ContainerNetworkPolicyDisabled | None | Unset", data)

        network_policy = _parse_network_policy(d.pop("network_policy", UNSET))

        _skills = d.pop("skills", UNSET)
        skills: list[InlineSkill | SkillReference] | None | Unset = _skills
        if isinstance(_skills, list):
            try:
                skills_type_0 = []
                _skills_type_0 = _skills
                for skills_type_0_item_data in _skills_type_0:

                    def _parse_skills_type_0_item(data: object) -> InlineSkill | SkillReference:
                        if isinstance(data, dict):
                            kind = data.get("type")
                            try:
                                if kind == "skill_reference":
                                    return SkillReference.from_dict(data)
                                if kind == "inline":
                                    return InlineSkill.from_dict(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

                        raise TypeError(f"expected one of the forms of skills_type_0_item, got {type(data).__name__}")

                    skills_type_0_item = _parse_skills_type_0_item(skills_type_0_item_data)

                    skills_type_0.append(skills_type_0_item)

                skills = skills_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        container_auto = cls(
            type_,
            file_ids,
            memory_limit,
            network_policy,
            skills,
        )

        container_auto.additional_properties = d
        return container_auto

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


# Imported once ContainerAuto exists, so that models which contain each other load in either order.
from ..models.container_network_policy_allowlist import ContainerNetworkPolicyAllowlist
from ..models.container_network_policy_disabled import ContainerNetworkPolicyDisabled
from ..models.inline_skill import InlineSkill
from ..models.skill_reference import SkillReference
