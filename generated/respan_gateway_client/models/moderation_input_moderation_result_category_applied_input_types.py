from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.moderation_input_moderation_result_category_applied_input_types_additional_property_item import (
    ModerationInputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem,
    check_moderation_input_moderation_result_category_applied_input_types_additional_property_item,
)

T = TypeVar("T", bound="ModerationInputModerationResultCategoryAppliedInputTypes")


@_attrs_define
class ModerationInputModerationResultCategoryAppliedInputTypes:
    """Which modalities of input are reflected by the score for each category."""

    additional_properties: dict[
        str, list[ModerationInputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem]
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item: str = additional_property_item_data
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        moderation_input_moderation_result_category_applied_input_types = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = []
            _additional_property = prop_dict
            for additional_property_item_data in _additional_property:
                additional_property_item = (
                    check_moderation_input_moderation_result_category_applied_input_types_additional_property_item(
                        additional_property_item_data
                    )
                )

                additional_property.append(additional_property_item)

            additional_properties[prop_name] = additional_property

        moderation_input_moderation_result_category_applied_input_types.additional_properties = additional_properties
        return moderation_input_moderation_result_category_applied_input_types

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> list[ModerationInputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem]:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: list[ModerationInputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem]
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
