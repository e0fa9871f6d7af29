from typing import Literal, cast

ImageGenerationCallActionType0 = Literal["auto", "edit", "generate"]

IMAGE_GENERATION_CALL_ACTION_TYPE_0_VALUES: set[ImageGenerationCallActionType0] = {
    "auto",
    "edit",
    "generate",
}


def check_image_generation_call_action_type_0(value: str) -> ImageGenerationCallActionType0:
    if isinstance(value, str):
        return cast("ImageGenerationCallActionType0", value)
    raise TypeError(f"Expected a str for ImageGenerationCallActionType0, got {type(value).__name__}")
