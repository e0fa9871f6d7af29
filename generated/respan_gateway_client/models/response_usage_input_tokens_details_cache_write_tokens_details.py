from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResponseUsageInputTokensDetailsCacheWriteTokensDetails")


@_attrs_define
class ResponseUsageInputTokensDetailsCacheWriteTokensDetails:
    """
    Attributes:
        ttl_12h_tokens (int): Input tokens written with 12-hour retention.
        ttl_30m_tokens (int): Input tokens written with 30-minute retention.
    """

    ttl_12h_tokens: int
    ttl_30m_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ttl_12h_tokens = self.ttl_12h_tokens

        ttl_30m_tokens = self.ttl_30m_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ttl_12h_tokens": ttl_12h_tokens,
                "ttl_30m_tokens": ttl_30m_tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ttl_12h_tokens = d.pop("ttl_12h_tokens")

        ttl_30m_tokens = d.pop("ttl_30m_tokens")

        response_usage_input_tokens_details_cache_write_tokens_details = cls(
            ttl_12h_tokens,
            ttl_30m_tokens,
        )

        response_usage_input_tokens_details_cache_write_tokens_details.additional_properties = d
        return response_usage_input_tokens_details_cache_write_tokens_details

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
