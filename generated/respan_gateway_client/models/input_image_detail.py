from typing import Literal, cast

InputImageDetail = Literal["auto", "high", "low", "original"]

INPUT_IMAGE_DETAIL_VALUES: set[InputImageDetail] = {
    "auto",
    "high",
    "low",
    "original",
}


def check_input_image_detail(value: str) -> InputImageDetail:
    if isinstance(value, str):
        return cast("InputImageDetail", value)
    raise TypeError(f"Expected a str for InputImageDetail, got {type(value).__name__}")
