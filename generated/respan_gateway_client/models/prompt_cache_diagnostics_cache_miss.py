from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prompt_cache_diagnostics_cache_miss_reason import (
    PromptCacheDiagnosticsCacheMissReason,
    check_prompt_cache_diagnostics_cache_miss_reason,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromptCacheDiagnosticsCacheMiss")


@_attrs_define
class PromptCacheDiagnosticsCacheMiss:
    """
    Attributes:
        cache_missed_tokens (int): The estimated number of input tokens affected after the first detected divergence.
        reason (PromptCacheDiagnosticsCacheMissReason): The reason prompt cache reuse did not occur.
        type_ (Literal['cache_miss']):
        comparison_reusable_tokens (int | None | Unset): The raw token count of the reusable prefix in the compared
            response.
    """

    cache_missed_tokens: int
    reason: PromptCacheDiagnosticsCacheMissReason
    type_: Literal["cache_miss"]
    comparison_reusable_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cache_missed_tokens = self.cache_missed_tokens

        reason: str = self.reason

        type_ = self.type_

        comparison_reusable_tokens: int | None | Unset
        if isinstance(self.comparison_reusable_tokens, Unset):
            comparison_reusable_tokens = UNSET
        else:
            comparison_reusable_tokens = self.comparison_reusable_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cache_missed_tokens": cache_missed_tokens,
                "reason": reason,
                "type": type_,
            }
        )
        if comparison_reusable_tokens is not UNSET:
            field_dict["comparison_reusable_tokens"] = comparison_reusable_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cache_missed_tokens = d.pop("cache_missed_tokens")

        reason = check_prompt_cache_diagnostics_cache_miss_reason(d.pop("reason"))

        type_ = cast("Literal['cache_miss']", d.pop("type"))
        if type_ != "cache_miss":
            raise ValueError(f"type must match const 'cache_miss', got '{type_}'")

        comparison_reusable_tokens: int | None | Unset = d.pop("comparison_reusable_tokens", UNSET)

        prompt_cache_diagnostics_cache_miss = cls(
            cache_missed_tokens,
            reason,
            type_,
            comparison_reusable_tokens,
        )

        prompt_cache_diagnostics_cache_miss.additional_properties = d
        return prompt_cache_diagnostics_cache_miss

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
