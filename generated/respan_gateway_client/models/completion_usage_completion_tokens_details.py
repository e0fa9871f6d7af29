from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompletionUsageCompletionTokensDetails")


@_attrs_define
class CompletionUsageCompletionTokensDetails:
    """Returned with the `token-breakdown-2026-03-26` beta flag.

    Attributes:
        reasoning_tokens (int | None | Unset):
        audio_tokens (int | None | Unset):
        accepted_prediction_tokens (int | None | Unset):
        rejected_prediction_tokens (int | None | Unset):
        text_tokens (int | None | Unset):
    """

    reasoning_tokens: int | None | Unset = UNSET
    audio_tokens: int | None | Unset = UNSET
    accepted_prediction_tokens: int | None | Unset = UNSET
    rejected_prediction_tokens: int | None | Unset = UNSET
    text_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reasoning_tokens: int | None | Unset
        if isinstance(self.reasoning_tokens, Unset):
            reasoning_tokens = UNSET
        else:
            reasoning_tokens = self.reasoning_tokens

        audio_tokens: int | None | Unset
        if isinstance(self.audio_tokens, Unset):
            audio_tokens = UNSET
        else:
            audio_tokens = self.audio_tokens

        accepted_prediction_tokens: int | None | Unset
        if isinstance(self.accepted_prediction_tokens, Unset):
            accepted_prediction_tokens = UNSET
        else:
            accepted_prediction_tokens = self.accepted_prediction_tokens

        rejected_prediction_tokens: int | None | Unset
        if isinstance(self.rejected_prediction_tokens, Unset):
            rejected_prediction_tokens = UNSET
        else:
            rejected_prediction_tokens = self.rejected_prediction_tokens

        text_tokens: int | None | Unset
        if isinstance(self.text_tokens, Unset):
            text_tokens = UNSET
        else:
            text_tokens = self.text_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reasoning_tokens is not UNSET:
            field_dict["reasoning_tokens"] = reasoning_tokens
        if audio_tokens is not UNSET:
            field_dict["audio_tokens"] = audio_tokens
        if accepted_prediction_tokens is not UNSET:
            field_dict["accepted_prediction_tokens"] = accepted_prediction_tokens
        if rejected_prediction_tokens is not UNSET:
            field_dict["rejected_prediction_tokens"] = rejected_prediction_tokens
        if text_tokens is not UNSET:
            field_dict["text_tokens"] = text_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reasoning_tokens: int | None | Unset = d.pop("reasoning_tokens", UNSET)

        audio_tokens: int | None | Unset = d.pop("audio_tokens", UNSET)

        accepted_prediction_tokens: int | None | Unset = d.pop("accepted_prediction_tokens", UNSET)

        rejected_prediction_tokens: int | None | Unset = d.pop("rejected_prediction_tokens", UNSET)

        text_tokens: int | None | Unset = d.pop("text_tokens", UNSET)

        completion_usage_completion_tokens_details = cls(
            reasoning_tokens,
            audio_tokens,
            accepted_prediction_tokens,
            rejected_prediction_tokens,
            text_tokens,
        )

        completion_usage_completion_tokens_details.additional_properties = d
        return completion_usage_completion_tokens_details

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
