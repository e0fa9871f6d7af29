from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_generation_call_error_moderation_details_moderation_stage import (
    ImageGenerationCallErrorModerationDetailsModerationStage,
    check_image_generation_call_error_moderation_details_moderation_stage,
)

T = TypeVar("T", bound="ImageGenerationCallErrorModerationDetails")


@_attrs_define
class ImageGenerationCallErrorModerationDetails:
    """Public details for a `moderation_blocked` error, when available.

    Attributes:
        categories (list[str]): Public moderation categories. New category values may be added over time.
        moderation_stage (ImageGenerationCallErrorModerationDetailsModerationStage): The stage where moderation blocked
            the image generation call.
    """

    categories: list[str]
    moderation_stage: ImageGenerationCallErrorModerationDetailsModerationStage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        categories = self.categories

        moderation_stage: str = self.moderation_stage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "categories": categories,
                "moderation_stage": moderation_stage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        categories = cast("list[str]", d.pop("categories"))

        moderation_stage = check_image_generation_call_error_moderation_details_moderation_stage(
            d.pop("moderation_stage")
        )

        image_generation_call_error_moderation_details = cls(
            categories,
            moderation_stage,
        )

        image_generation_call_error_moderation_details.additional_properties = d
        return image_generation_call_error_moderation_details

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
