from typing import Literal, cast

ImageGenerationToolComplexity = Literal["high", "low", "medium"]

IMAGE_GENERATION_TOOL_COMPLEXITY_VALUES: set[ImageGenerationToolComplexity] = {
    "high",
    "low",
    "medium",
}


def check_image_generation_tool_complexity(value: str) -> ImageGenerationToolComplexity:
    if isinstance(value, str):
        return cast("ImageGenerationToolComplexity", value)
    raise TypeError(f"Expected a str for ImageGenerationToolComplexity, got {type(value).__name__}")
