from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RetryParams")


@_attrs_define
class RetryParams:
    """Retry config for the upstream call.

    Attributes:
        retry_enabled (bool): Enable retries.
        num_retries (int | Unset): Number of retries.
        retry_after (float | Unset): Seconds to wait between retries.
    """

    retry_enabled: bool
    num_retries: int | Unset = UNSET
    retry_after: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        retry_enabled = self.retry_enabled

        num_retries = self.num_retries

        retry_after = self.retry_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "retry_enabled": retry_enabled,
            }
        )
        if num_retries is not UNSET:
            field_dict["num_retries"] = num_retries
        if retry_after is not UNSET:
            field_dict["retry_after"] = retry_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        retry_enabled = d.pop("retry_enabled")

        num_retries = d.pop("num_retries", UNSET)

        retry_after = d.pop("retry_after", UNSET)

        retry_params = cls(
            retry_enabled,
            num_retries,
            retry_after,
        )

        retry_params.additional_properties = d
        return retry_params

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
