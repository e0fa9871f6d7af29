from typing import Literal, cast

ImageGenerationSvgReasoningEffort = Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"]

IMAGE_GENERATION_SVG_REASONING_EFFORT_VALUES: set[ImageGenerationSvgReasoningEffort] = {
    "high",
    "low",
    "max",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_image_generation_svg_reasoning_effort(value: str) -> ImageGenerationSvgReasoningEffort:
    if isinstance(value, str):
        return cast("ImageGenerationSvgReasoningEffort", value)
    raise TypeError(f"Expected a str for ImageGenerationSvgReasoningEffort, got {type(value).__name__}")
