from typing import Literal, cast

ImageGenerationCallErrorModerationDetailsModerationStage = Literal["input", "output", "unknown"]

IMAGE_GENERATION_CALL_ERROR_MODERATION_DETAILS_MODERATION_STAGE_VALUES: set[
    ImageGenerationCallErrorModerationDetailsModerationStage
] = {
    "input",
    "output",
    "unknown",
}


def check_image_generation_call_error_moderation_details_moderation_stage(
    value: str,
) -> ImageGenerationCallErrorModerationDetailsModerationStage:
    if isinstance(value, str):
        return cast("ImageGenerationCallErrorModerationDetailsModerationStage", value)
    raise TypeError(
        f"Expected a str for ImageGenerationCallErrorModerationDetailsModerationStage, got {type(value).__name__}"
    )
