from typing import Literal, cast

ImageGenerationToolSizeType0 = Literal["1024x1024", "1024x1536", "1536x1024", "auto"]

IMAGE_GENERATION_TOOL_SIZE_TYPE_0_VALUES: set[ImageGenerationToolSizeType0] = {
    "1024x1024",
    "1024x1536",
    "1536x1024",
    "auto",
}


def check_image_generation_tool_size_type_0(value: str) -> ImageGenerationToolSizeType0:
    if isinstance(value, str):
        return cast("ImageGenerationToolSizeType0", value)
    raise TypeError(f"Expected a str for ImageGenerationToolSizeType0, got {type(value).__name__}")
