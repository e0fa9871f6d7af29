from typing import Literal, cast

ImageGenerationToolQuality = Literal["auto", "high", "low", "max", "medium", "xhigh"]

IMAGE_GENERATION_TOOL_QUALITY_VALUES: set[ImageGenerationToolQuality] = {
    "auto",
    "high",
    "low",
    "max",
    "medium",
    "xhigh",
}


def check_image_generation_tool_quality(value: str) -> ImageGenerationToolQuality:
    if isinstance(value, str):
        return cast("ImageGenerationToolQuality", value)
    raise TypeError(f"Expected a str for ImageGenerationToolQuality, got {type(value).__name__}")
