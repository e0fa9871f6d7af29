from typing import Literal, cast

ImageGenerationCallStatus = Literal["completed", "failed", "generating", "in_progress"]

IMAGE_GENERATION_CALL_STATUS_VALUES: set[ImageGenerationCallStatus] = {
    "completed",
    "failed",
    "generating",
    "in_progress",
}


def check_image_generation_call_status(value: str) -> ImageGenerationCallStatus:
    if isinstance(value, str):
        return cast("ImageGenerationCallStatus", value)
    raise TypeError(f"Expected a str for ImageGenerationCallStatus, got {type(value).__name__}")
