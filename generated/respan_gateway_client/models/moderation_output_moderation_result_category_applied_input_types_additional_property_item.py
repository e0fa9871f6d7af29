from typing import Literal, cast

ModerationOutputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem = Literal["image", "text"]

MODERATION_OUTPUT_MODERATION_RESULT_CATEGORY_APPLIED_INPUT_TYPES_ADDITIONAL_PROPERTY_ITEM_VALUES: set[
    ModerationOutputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem
] = {
    "image",
    "text",
}


def check_moderation_output_moderation_result_category_applied_input_types_additional_property_item(
    value: str,
) -> ModerationOutputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem:
    if isinstance(value, str):
        return cast("ModerationOutputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem", value)
    raise TypeError(
        f"Expected a str for ModerationOutputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem, got {type(value).__name__}"
    )
