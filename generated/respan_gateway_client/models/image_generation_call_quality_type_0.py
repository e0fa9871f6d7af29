from typing import Literal, cast

ImageGenerationCallQualityType0 = Literal["auto", "high", "low", "max", "medium", "xhigh"]

IMAGE_GENERATION_CALL_QUALITY_TYPE_0_VALUES: set[ImageGenerationCallQualityType0] = {
    "auto",
    "high",
    "low",
    "max",
    "medium",
    "xhigh",
}


def check_image_generation_call_quality_type_0(value: str) -> ImageGenerationCallQualityType0:
    if isinstance(value, str):
        return cast("ImageGenerationCallQualityType0", value)
    raise TypeError(f"Expected a str for ImageGenerationCallQualityType0, got {type(value).__name__}")
