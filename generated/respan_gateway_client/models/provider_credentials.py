from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProviderCredentials")


@_attrs_define
class ProviderCredentials:
    """Per-customer LLM provider credentials. Keys are provider names (`openai`, `anthropic`, ...); values are the
    provider's API key or an object with `api_key` and provider-specific fields. Never echoed or logged.

    """

    additional_properties: dict[str, ProviderCredentialObject | str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, ProviderCredentialObject):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider_credentials = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property: ProviderCredentialObject | str = prop_dict
            if isinstance(additional_property, dict):
                try:
                    additional_property = ProviderCredentialObject.from_dict(additional_property)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass  # not readable as ProviderCredentialObject: kept as it came

            additional_properties[prop_name] = additional_property

        provider_credentials.additional_properties = additional_properties
        return provider_credentials

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ProviderCredentialObject | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ProviderCredentialObject | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once ProviderCredentials exists, so that models which contain each other load in either order.
from ..models.provider_credential_object import ProviderCredentialObject
