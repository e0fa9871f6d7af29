from typing import Literal, cast

ImageGenerationToolModelType0 = Literal[
    "chatgpt-image-latest",
    "gpt-image-1",
    "gpt-image-1-mini",
    "gpt-image-1.5",
    "gpt-image-2",
    "gpt-image-2-2026-04-21",
    "gpt-image-2.5-flare",
    "gpt-image-2.5-flare-2026-09-08",
    "gpt-image-2.5-sunburst",
    "gpt-image-2.5-sunburst-2026-09-08",
    "gpt-image-2.6-flare",
    "gpt-image-2.6-sunburst",
]

IMAGE_GENERATION_TOOL_MODEL_TYPE_0_VALUES: set[ImageGenerationToolModelType0] = {
    "chatgpt-image-latest",
    "gpt-image-1",
    "gpt-image-1-mini",
    "gpt-image-1.5",
    "gpt-image-2",
    "gpt-image-2-2026-04-21",
    "gpt-image-2.5-flare",
    "gpt-image-2.5-flare-2026-09-08",
    "gpt-image-2.5-sunburst",
    "gpt-image-2.5-sunburst-2026-09-08",
    "gpt-image-2.6-flare",
    "gpt-image-2.6-sunburst",
}


def check_image_generation_tool_model_type_0(value: str) -> ImageGenerationToolModelType0:
    if isinstance(value, str):
        return cast("ImageGenerationToolModelType0", value)
    raise TypeError(f"Expected a str for ImageGenerationToolModelType0, got {type(value).__name__}")
