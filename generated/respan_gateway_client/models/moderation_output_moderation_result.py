from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ModerationOutputModerationResult")


@_attrs_define
class ModerationOutputModerationResult:
    """A moderation result produced for the response input or output.

    Attributes:
        categories (ModerationOutputModerationResultCategories): A dictionary of moderation categories to booleans, True
            if the input is flagged under this category.
        category_applied_input_types (ModerationOutputModerationResultCategoryAppliedInputTypes): Which modalities of
            input are reflected by the score for each category.
        category_scores (ModerationOutputModerationResultCategoryScores): A dictionary of moderation categories to
            scores.
        flagged (bool): A boolean indicating whether the content was flagged by any category.
        model (str): The moderation model that produced this result.
        type_ (Literal['moderation_result']): The object type, which was always `moderation_result` for successful
            moderation results.
    """

    categories: ModerationOutputModerationResultCategories
    category_applied_input_types: ModerationOutputModerationResultCategoryAppliedInputTypes
    category_scores: ModerationOutputModerationResultCategoryScores
    flagged: bool
    model: str
    type_: Literal["moderation_result"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        categories = self.categories.to_dict()

        category_applied_input_types = self.category_applied_input_types.to_dict()

        category_scores = self.category_scores.to_dict()

        flagged = self.flagged

        model = self.model

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "categories": categories,
                "category_applied_input_types": category_applied_input_types,
                "category_scores": category_scores,
                "flagged": flagged,
                "model": model,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        categories = ModerationOutputModerationResultCategories.from_dict(d.pop("categories"))

        category_applied_input_types = ModerationOutputModerationResultCategoryAppliedInputTypes.from_dict(
            d.pop("category_applied_input_types")
        )

        category_scores = ModerationOutputModerationResultCategoryScores.from_dict(d.pop("category_scores"))

        flagged = d.pop("flagged")

        model = d.pop("model")

        type_ = cast("Literal['moderation_result']", d.pop("type"))
        if type_ != "moderation_result":
            raise ValueError(f"type must match const 'moderation_result', got '{type_}'")

        moderation_output_moderation_result = cls(
            categories,
            category_applied_input_types,
            category_scores,
            flagged,
            model,
            type_,
        )

        moderation_output_moderation_result.additional_properties = d
        return moderation_output_moderation_result

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


# Imported once ModerationOutputModerationResult exists, so that models which contain each other load in either order.
from ..models.moderation_output_moderation_result_categories import ModerationOutputModerationResultCategories
from ..models.moderation_output_moderation_result_category_applied_input_types import (
    ModerationOutputModerationResultCategoryAppliedInputTypes,
)
from ..models.moderation_output_moderation_result_category_scores import ModerationOutputModerationResultCategoryScores
