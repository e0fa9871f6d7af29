from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CacheOptions")


@_attrs_define
class CacheOptions:
    """Cache behaviour options.

    Attributes:
        cache_by_customer (bool | Unset): Keep a separate cache per `customer_identifier`.
        is_cached_by_model (bool | Unset): Partition the cache by model name.
        omit_log (bool | Unset): When the cache is hit, do not log the request.
    """

    cache_by_customer: bool | Unset = UNSET
    is_cached_by_model: bool | Unset = UNSET
    omit_log: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cache_by_customer = self.cache_by_customer

        is_cached_by_model = self.is_cached_by_model

        omit_log = self.omit_log

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cache_by_customer is not UNSET:
            field_dict["cache_by_customer"] = cache_by_customer
        if is_cached_by_model is not UNSET:
            field_dict["is_cached_by_model"] = is_cached_by_model
        if omit_log is not UNSET:
            field_dict["omit_log"] = omit_log

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cache_by_customer = d.pop("cache_by_customer", UNSET)

        is_cached_by_model = d.pop("is_cached_by_model", UNSET)

        omit_log = d.pop("omit_log", UNSET)

        cache_options = cls(
            cache_by_customer,
            is_cached_by_model,
            omit_log,
        )

        cache_options.additional_properties = d
        return cache_options

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
