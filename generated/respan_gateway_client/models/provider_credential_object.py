from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderCredentialObject")


@_attrs_define
class ProviderCredentialObject:
    """
    Attributes:
        api_key (str): The provider API key.
        api_base (str | Unset): Provider base URL, for self-hosted or regional endpoints.
        api_version (str | Unset): Provider API version (Azure).
    """

    api_key: str
    api_base: str | Unset = UNSET
    api_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        api_base = self.api_base

        api_version = self.api_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key": api_key,
            }
        )
        if api_base is not UNSET:
            field_dict["api_base"] = api_base
        if api_version is not UNSET:
            field_dict["api_version"] = api_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = d.pop("api_key")

        api_base = d.pop("api_base", UNSET)

        api_version = d.pop("api_version", UNSET)

        provider_credential_object = cls(
            api_key,
            api_base,
            api_version,
        )

        provider_credential_object.additional_properties = d
        return provider_credential_object

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
