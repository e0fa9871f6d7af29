from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompletionUsage")


@_attrs_define
class CompletionUsage:
    """
    Attributes:
        prompt_tokens (int):
        completion_tokens (int):
        total_tokens (int):
        prompt_tokens_details (CompletionUsagePromptTokensDetails | None | Unset): Returned with the `token-
            breakdown-2026-03-26` beta flag.
        completion_tokens_details (CompletionUsageCompletionTokensDetails | None | Unset): Returned with the `token-
            breakdown-2026-03-26` beta flag.
    """

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    prompt_tokens_details: CompletionUsagePromptTokensDetails | None | Unset = UNSET
    completion_tokens_details: CompletionUsageCompletionTokensDetails | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_tokens = self.prompt_tokens

        completion_tokens = self.completion_tokens

        total_tokens = self.total_tokens

        prompt_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.prompt_tokens_details, Unset):
            prompt_tokens_details = UNSET
        elif isinstance(self.prompt_tokens_details, CompletionUsagePromptTokensDetails):
            prompt_tokens_details = self.prompt_tokens_details.to_dict()
        else:
            prompt_tokens_details = self.prompt_tokens_details

        completion_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.completion_tokens_details, Unset):
            completion_tokens_details = UNSET
        elif isinstance(self.completion_tokens_details, CompletionUsageCompletionTokensDetails):
            completion_tokens_details = self.completion_tokens_details.to_dict()
        else:
            completion_tokens_details = self.completion_tokens_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": total_tokens,
            }
        )
        if prompt_tokens_details is not UNSET:
            field_dict["prompt_tokens_details"] = prompt_tokens_details
        if completion_tokens_details is not UNSET:
            field_dict["completion_tokens_details"] = completion_tokens_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt_tokens = d.pop("prompt_tokens")

        completion_tokens = d.pop("completion_tokens")

        total_tokens = d.pop("total_tokens")

        prompt_tokens_details: CompletionUsagePromptTokensDetails | None | Unset = d.pop("prompt_tokens_details", UNSET)
        if isinstance(prompt_tokens_details, dict):
            try:
                prompt_tokens_details = CompletionUsagePromptTokensDetails.from_dict(prompt_tokens_details)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as CompletionUsagePromptTokensDetails: kept as it came

        completion_tokens_details: CompletionUsageCompletionTokensDetails | None | Unset = d.pop(
            "completion_tokens_details", UNSET
        )
        if isinstance(completion_tokens_details, dict):
            try:
                completion_tokens_details = CompletionUsageCompletionTokensDetails.from_dict(completion_tokens_details)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as CompletionUsageCompletionTokensDetails: kept as it came

        completion_usage = cls(
            prompt_tokens,
            completion_tokens,
            total_tokens,
            prompt_tokens_details,
            completion_tokens_details,
        )

        completion_usage.additional_properties = d
        return completion_usage

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


# Imported once CompletionUsage exists, so that models which contain each other load in either order.
from ..models.completion_usage_completion_tokens_details import CompletionUsageCompletionTokensDetails
from ..models.completion_usage_prompt_tokens_details import CompletionUsagePromptTokensDetails
