from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseUsage")


@_attrs_define
class ResponseUsage:
    """
    Attributes:
        input_tokens (int):
        output_tokens (int):
        total_tokens (int):
        input_tokens_details (None | ResponseUsageInputTokensDetails | Unset):
        output_tokens_details (None | ResponseUsageOutputTokensDetails | Unset):
    """

    input_tokens: int
    output_tokens: int
    total_tokens: int
    input_tokens_details: None | ResponseUsageInputTokensDetails | Unset = UNSET
    output_tokens_details: None | ResponseUsageOutputTokensDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        total_tokens = self.total_tokens

        input_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.input_tokens_details, Unset):
            input_tokens_details = UNSET
        elif isinstance(self.input_tokens_details, ResponseUsageInputTokensDetails):
            input_tokens_details = self.input_tokens_details.to_dict()
        else:
            input_tokens_details = self.input_tokens_details

        output_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.output_tokens_details, Unset):
            output_tokens_details = UNSET
        elif isinstance(self.output_tokens_details, ResponseUsageOutputTokensDetails):
            output_tokens_details = self.output_tokens_details.to_dict()
        else:
            output_tokens_details = self.output_tokens_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
                "total_tokens": total_tokens,
            }
        )
        if input_tokens_details is not UNSET:
            field_dict["input_tokens_details"] = input_tokens_details
        if output_tokens_details is not UNSET:
            field_dict["output_tokens_details"] = output_tokens_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_tokens = d.pop("input_tokens")

        output_tokens = d.pop("output_tokens")

        total_tokens = d.pop("total_tokens")

        input_tokens_details: None | ResponseUsageInputTokensDetails | Unset = d.pop("input_tokens_details", UNSET)
        if isinstance(input_tokens_details, dict):
            try:
                input_tokens_details = ResponseUsageInputTokensDetails.from_dict(input_tokens_details)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ResponseUsageInputTokensDetails: kept as it came

        output_tokens_details: None | ResponseUsageOutputTokensDetails | Unset = d.pop("output_tokens_details", UNSET)
        if isinstance(output_tokens_details, dict):
            try:
                output_tokens_details = ResponseUsageOutputTokensDetails.from_dict(output_tokens_details)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ResponseUsageOutputTokensDetails: kept as it came

        response_usage = cls(
            input_tokens,
            output_tokens,
            total_tokens,
            input_tokens_details,
            output_tokens_details,
        )

        response_usage.additional_properties = d
        return response_usage

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


# Imported once ResponseUsage exists, so that models which contain each other load in either order.
from ..models.response_usage_input_tokens_details import ResponseUsageInputTokensDetails
from ..models.response_usage_output_tokens_details import ResponseUsageOutputTokensDetails
