from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompletionUsagePromptTokensDetails")


@_attrs_define
class CompletionUsagePromptTokensDetails:
    """Returned with the `token-breakdown-2026-03-26` beta flag.

    Attributes:
        cached_tokens (int | None | Unset): Prompt tokens read from the provider's prompt cache.
        cache_write_tokens (int | None | Unset): Prompt tokens written to the provider's prompt cache.
        audio_tokens (int | None | Unset):
        image_tokens (int | None | Unset):
        text_tokens (int | None | Unset):
    """

    cached_tokens: int | None | Unset = UNSET
    cache_write_tokens: int | None | Unset = UNSET
    audio_tokens: int | None | Unset = UNSET
    image_tokens: int | None | Unset = UNSET
    text_tokens: int | None | Unset = UNSET
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

        audio_tokens: int | None | Unset
        if isinstance(self.audio_tokens, Unset):
            audio_tokens = UNSET
        else:
            audio_tokens = self.audio_tokens

        image_tokens: int | None | Unset
        if isinstance(self.image_tokens, Unset):
            image_tokens = UNSET
        else:
            image_tokens = self.image_tokens

        text_tokens: int | None | Unset
        if isinstance(self.text_tokens, Unset):
            text_tokens = UNSET
        else:
            text_tokens = self.text_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cached_tokens is not UNSET:
            field_dict["cached_tokens"] = cached_tokens
        if cache_write_tokens is not UNSET:
            field_dict["cache_write_tokens"] = cache_write_tokens
        if audio_tokens is not UNSET:
            field_dict["audio_tokens"] = audio_tokens
        if image_tokens is not UNSET:
            field_dict["image_tokens"] = image_tokens
        if text_tokens is not UNSET:
            field_dict["text_tokens"] = text_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cached_tokens: int | None | Unset = d.pop("cached_tokens", UNSET)

        cache_write_tokens: int | None | Unset = d.pop("cache_write_tokens", UNSET)

        audio_tokens: int | None | Unset = d.pop("audio_tokens", UNSET)

        image_tokens: int | None | Unset = d.pop("image_tokens", UNSET)

        text_tokens: int | None | Unset = d.pop("text_tokens", UNSET)

        completion_usage_prompt_tokens_details = cls(
            cached_tokens,
            cache_write_tokens,
            audio_tokens,
            image_tokens,
            text_tokens,
        )

        completion_usage_prompt_tokens_details.additional_properties = d
        return completion_usage_prompt_tokens_details

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
