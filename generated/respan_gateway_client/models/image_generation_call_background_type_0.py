from typing import Literal, cast

ImageGenerationCallBackgroundType0 = Literal["auto", "opaque", "transparent"]

IMAGE_GENERATION_CALL_BACKGROUND_TYPE_0_VALUES: set[ImageGenerationCallBackgroundType0] = {
    "auto",
    "opaque",
    "transparent",
}


def check_image_generation_call_background_type_0(value: str) -> ImageGenerationCallBackgroundType0:
    if isinstance(value, str):
        return cast("ImageGenerationCallBackgroundType0", value)
    raise TypeError(f"Expected a str for ImageGenerationCallBackgroundType0, got {type(value).__name__}")
