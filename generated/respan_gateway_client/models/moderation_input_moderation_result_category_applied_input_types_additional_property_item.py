from typing import Literal, cast

ModerationInputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem = Literal["image", "text"]

MODERATION_INPUT_MODERATION_RESULT_CATEGORY_APPLIED_INPUT_TYPES_ADDITIONAL_PROPERTY_ITEM_VALUES: set[
    ModerationInputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem
] = {
    "image",
    "text",
}


def check_moderation_input_moderation_result_category_applied_input_types_additional_property_item(
    value: str,
) -> ModerationInputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem:
    if isinstance(value, str):
        return cast("ModerationInputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem", value)
    raise TypeError(
        f"Expected a str for ModerationInputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem, got {type(value).__name__}"
    )
