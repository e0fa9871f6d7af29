from typing import Literal, cast

ImageGenerationToolBackground = Literal["auto", "opaque", "transparent"]

IMAGE_GENERATION_TOOL_BACKGROUND_VALUES: set[ImageGenerationToolBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_image_generation_tool_background(value: str) -> ImageGenerationToolBackground:
    if isinstance(value, str):
        return cast("ImageGenerationToolBackground", value)
    raise TypeError(f"Expected a str for ImageGenerationToolBackground, got {type(value).__name__}")
