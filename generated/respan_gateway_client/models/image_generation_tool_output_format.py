from typing import Literal, cast

ImageGenerationToolOutputFormat = Literal["gif", "jpeg", "png", "svg", "webp"]

IMAGE_GENERATION_TOOL_OUTPUT_FORMAT_VALUES: set[ImageGenerationToolOutputFormat] = {
    "gif",
    "jpeg",
    "png",
    "svg",
    "webp",
}


def check_image_generation_tool_output_format(value: str) -> ImageGenerationToolOutputFormat:
    if isinstance(value, str):
        return cast("ImageGenerationToolOutputFormat", value)
    raise TypeError(f"Expected a str for ImageGenerationToolOutputFormat, got {type(value).__name__}")
