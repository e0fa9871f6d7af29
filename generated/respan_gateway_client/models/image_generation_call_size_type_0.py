from typing import Literal, cast

ImageGenerationCallSizeType0 = Literal["1024x1024", "1024x1536", "1536x1024"]

IMAGE_GENERATION_CALL_SIZE_TYPE_0_VALUES: set[ImageGenerationCallSizeType0] = {
    "1024x1024",
    "1024x1536",
    "1536x1024",
}


def check_image_generation_call_size_type_0(value: str) -> ImageGenerationCallSizeType0:
    if isinstance(value, str):
        return cast("ImageGenerationCallSizeType0", value)
    raise TypeError(f"Expected a str for ImageGenerationCallSizeType0, got {type(value).__name__}")
