from typing import Literal, cast

ModerationInputModerationResultsResultCategoryAppliedInputTypesAdditionalPropertyItem = Literal["image", "text"]

MODERATION_INPUT_MODERATION_RESULTS_RESULT_CATEGORY_APPLIED_INPUT_TYPES_ADDITIONAL_PROPERTY_ITEM_VALUES: set[
    ModerationInputModerationResultsResultCategoryAppliedInputTypesAdditionalPropertyItem
] = {
    "image",
    "text",
}


def check_moderation_input_moderation_results_result_category_applied_input_types_additional_property_item(
    value: str,
) -> ModerationInputModerationResultsResultCategoryAppliedInputTypesAdditionalPropertyItem:
    if isinstance(value, str):
        return cast("ModerationInputModerationResultsResultCategoryAppliedInputTypesAdditionalPropertyItem", value)
    raise TypeError(
        f"Expected a str for ModerationInputModerationResultsResultCategoryAppliedInputTypesAdditionalPropertyItem, got {type(value).__name__}"
    )
