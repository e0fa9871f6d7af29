from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoadBalanceGroup")


@_attrs_define
class LoadBalanceGroup:
    """Load balance group selection. Route through a configured group, optionally overriding its models.

    Attributes:
        group_id (str): ID of a load balance group configured in Respan.
        models (list[LoadBalanceModel] | Unset): Models of the group, replacing its configured list for this request.
    """

    group_id: str
    models: list[LoadBalanceModel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        models: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = []
            for models_item_data in self.models:
                models_item = models_item_data.to_dict()
                models.append(models_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group_id": group_id,
            }
        )
        if models is not UNSET:
            field_dict["models"] = models

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_id = d.pop("group_id")

        _models = d.pop("models", UNSET)
        models: list[LoadBalanceModel] | Unset = UNSET
        if _models is not UNSET:
            models = []
            for models_item_data in _models:
                models_item = LoadBalanceModel.from_dict(models_item_data)

                models.append(models_item)

        load_balance_group = cls(
            group_id,
            models,
        )

        load_balance_group.additional_properties = d
        return load_balance_group

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


# Imported once LoadBalanceGroup exists, so that models which contain each other load in either order.
from ..models.load_balance_model import LoadBalanceModel
