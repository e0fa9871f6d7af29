from typing import Literal, cast

ImageOptionsContextCompression = Literal["auto", "disabled", "enabled"]

IMAGE_OPTIONS_CONTEXT_COMPRESSION_VALUES: set[ImageOptionsContextCompression] = {
    "auto",
    "disabled",
    "enabled",
}


def check_image_options_context_compression(value: str) -> ImageOptionsContextCompression:
    if isinstance(value, str):
        return cast("ImageOptionsContextCompression", value)
    raise TypeError(f"Expected a str for ImageOptionsContextCompression, got {type(value).__name__}")
