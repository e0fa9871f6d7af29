from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_programs_cyber import AccessProgramsCyber
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessPrograms")


@_attrs_define
class AccessPrograms:
    """Domain-specific access programs to use for this request.

    Attributes:
        cyber (AccessProgramsCyber | None | Unset): The Cyber access program to use for this request.

            Supported values are `standard`, `daybreak_blue`, and `daybreak_red`. If omitted, the API resolves the program
            from the model's Cyber tier and your organization and project access, subject to model-specific eligibility
            restrictions. By default, models without a Cyber tier use Standard. Blue-tier models use Daybreak Blue when
            authorized; otherwise they fall back to Standard unless the model requires Daybreak access. Red-tier models
            use Daybreak Red and require authorization. Requests that require unavailable Daybreak access return 403. An
            implicit Standard fallback is represented by null in the response's access_programs field, rather than an
            explicit Standard selection.
    """

    cyber: AccessProgramsCyber | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cyber: None | str | Unset
        if isinstance(self.cyber, Unset):
            cyber = UNSET
        elif isinstance(self.cyber, str):
            cyber = self.cyber
        else:
            cyber = self.cyber

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cyber is not UNSET:
            field_dict["cyber"] = cyber

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cyber: AccessProgramsCyber | None | Unset = d.pop("cyber", UNSET)

        access_programs = cls(
            cyber,
        )

        access_programs.additional_properties = d
        return access_programs

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
