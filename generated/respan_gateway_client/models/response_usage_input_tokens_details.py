from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseUsageInputTokensDetails")


@_attrs_define
class ResponseUsageInputTokensDetails:
    """
    Attributes:
        cached_tokens (int | None | Unset): Input tokens read from the provider's prompt cache.
        cache_write_tokens (int | None | Unset): Input tokens written to the provider's prompt cache.
        cache_write_tokens_details (None | ResponseUsageInputTokensDetailsCacheWriteTokensDetails | Unset):
    """

    cached_tokens: int | None | Unset = UNSET
    cache_write_tokens: int | None | Unset = UNSET
    cache_write_tokens_details: None | ResponseUsageInputTokensDetailsCacheWriteTokensDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cached_tokens: int | None | Unset
        if isinstance(self.cached_tokens, Unset):
            cached_tokens = UNSET
        else:
            cached_tokens = self.cached_tokens

        cache_write_tokens: int | None | Unset
        if isinstance(self.cache_write_tokens, Unset):
            cache_write_tokens = UNSET
        else:
            cache_write_tokens = self.cache_write_tokens

        cache_write_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.cache_write_tokens_details, Unset):
            cache_write_tokens_details = UNSET
        elif isinstance(self.cache_write_tokens_details, ResponseUsageInputTokensDetailsCacheWriteTokensDetails):
            cache_write_tokens_details = self.cache_write_tokens_details.to_dict()
        else:
            cache_write_tokens_details = self.cache_write_tokens_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cached_tokens is not UNSET:
            field_dict["cached_tokens"] = cached_tokens
        if cache_write_tokens is not UNSET:
            field_dict["cache_write_tokens"] = cache_write_tokens
        if cache_write_tokens_details is not UNSET:
            field_dict["cache_write_tokens_details"] = cache_write_tokens_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cached_tokens: int | None | Unset = d.pop("cached_tokens", UNSET)

        cache_write_tokens: int | None | Unset = d.pop("cache_write_tokens", UNSET)

        cache_write_tokens_details: None | ResponseUsageInputTokensDetailsCacheWriteTokensDetails | Unset = d.pop(
            "cache_write_tokens_details", UNSET
        )
        if isinstance(cache_write_tokens_details, dict):
            try:
                cache_write_tokens_details = ResponseUsageInputTokensDetailsCacheWriteTokensDetails.from_dict(
                    cache_write_tokens_details
                )
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ResponseUsageInputTokensDetailsCacheWriteTokensDetails: kept as it came

        response_usage_input_tokens_details = cls(
            cached_tokens,
            cache_write_tokens,
            cache_write_tokens_details,
        )

        response_usage_input_tokens_details.additional_properties = d
        return response_usage_input_tokens_details

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


# Imported once ResponseUsageInputTokensDetails exists, so that models which contain each other load in either order.
from ..models.response_usage_input_tokens_details_cache_write_tokens_details import (
    ResponseUsageInputTokensDetailsCacheWriteTokensDetails,
)
