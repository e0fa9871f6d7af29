from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoadBalanceModel")


@_attrs_define
class LoadBalanceModel:
    """
    Attributes:
        model (str): Model name.
        weight (float): Relative weight; a model is picked with probability weight / sum(weights).
        credentials (ProviderCredentialObject | Unset):
    """

    model: str
    weight: float
    credentials: ProviderCredentialObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        weight = self.weight

        credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = self.credentials.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "weight": weight,
            }
        )
        if credentials is not UNSET:
            field_dict["credentials"] = credentials

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        weight = d.pop("weight")

        _credentials = d.pop("credentials", UNSET)
        credentials: ProviderCredentialObject | Unset
        if isinstance(_credentials, Unset):
            credentials = UNSET
        else:
            credentials = ProviderCredentialObject.from_dict(_credentials)

        load_balance_model = cls(
            model,
            weight,
            credentials,
        )

        load_balance_model.additional_properties = d
        return load_balance_model

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


# Imported once LoadBalanceModel exists, so that models which contain each other load in either order.
from ..models.provider_credential_object import ProviderCredentialObject
