from typing import Literal, cast

ImageGenerationCallOutputFormatType0 = Literal["gif", "jpeg", "png", "svg", "webp"]

IMAGE_GENERATION_CALL_OUTPUT_FORMAT_TYPE_0_VALUES: set[ImageGenerationCallOutputFormatType0] = {
    "gif",
    "jpeg",
    "png",
    "svg",
    "webp",
}


def check_image_generation_call_output_format_type_0(value: str) -> ImageGenerationCallOutputFormatType0:
    if isinstance(value, str):
        return cast("ImageGenerationCallOutputFormatType0", value)
    raise TypeError(f"Expected a str for ImageGenerationCallOutputFormatType0, got {type(value).__name__}")
