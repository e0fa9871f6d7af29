from typing import Literal, cast

ModerationOutputModerationResultsResultCategoryAppliedInputTypesAdditionalPropertyItem = Literal["image", "text"]

MODERATION_OUTPUT_MODERATION_RESULTS_RESULT_CATEGORY_APPLIED_INPUT_TYPES_ADDITIONAL_PROPERTY_ITEM_VALUES: set[
    ModerationOutputModerationResultsResultCategoryAppliedInputTypesAdditionalPropertyItem
] = {
    "image",
    "text",
}


def check_moderation_output_moderation_results_result_category_applied_input_types_additional_property_item(
    value: str,
) -> ModerationOutputModerationResultsResultCategoryAppliedInputTypesAdditionalPropertyItem:
    if isinstance(value, str):
        return cast("ModerationOutputModerationResultsResultCategoryAppliedInputTypesAdditionalPropertyItem", value)
    raise TypeError(
        f"Expected a str for ModerationOutputModerationResultsResultCategoryAppliedInputTypesAdditionalPropertyItem, got {type(value).__name__}"
    )
