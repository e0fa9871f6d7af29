from typing import Literal, cast

ImageGenerationToolAction = Literal["auto", "edit", "generate"]

IMAGE_GENERATION_TOOL_ACTION_VALUES: set[ImageGenerationToolAction] = {
    "auto",
    "edit",
    "generate",
}


def check_image_generation_tool_action(value: str) -> ImageGenerationToolAction:
    if isinstance(value, str):
        return cast("ImageGenerationToolAction", value)
    raise TypeError(f"Expected a str for ImageGenerationToolAction, got {type(value).__name__}")
