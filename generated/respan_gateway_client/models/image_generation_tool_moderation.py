from typing import Literal, cast

ImageGenerationToolModeration = Literal["auto", "low"]

IMAGE_GENERATION_TOOL_MODERATION_VALUES: set[ImageGenerationToolModeration] = {
    "auto",
    "low",
}


def check_image_generation_tool_moderation(value: str) -> ImageGenerationToolModeration:
    if isinstance(value, str):
        return cast("ImageGenerationToolModeration", value)
    raise TypeError(f"Expected a str for ImageGenerationToolModeration, got {type(value).__name__}")
