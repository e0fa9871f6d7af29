from typing import Literal, cast

ImageGenerationToolInputFidelityType0 = Literal["high", "low"]

IMAGE_GENERATION_TOOL_INPUT_FIDELITY_TYPE_0_VALUES: set[ImageGenerationToolInputFidelityType0] = {
    "high",
    "low",
}


def check_image_generation_tool_input_fidelity_type_0(value: str) -> ImageGenerationToolInputFidelityType0:
    if isinstance(value, str):
        return cast("ImageGenerationToolInputFidelityType0", value)
    raise TypeError(f"Expected a str for ImageGenerationToolInputFidelityType0, got {type(value).__name__}")
