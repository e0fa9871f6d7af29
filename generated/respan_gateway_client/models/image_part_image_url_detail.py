from typing import Literal, cast

ImagePartImageUrlDetail = Literal["auto", "high", "low", "original"]

IMAGE_PART_IMAGE_URL_DETAIL_VALUES: set[ImagePartImageUrlDetail] = {
    "auto",
    "high",
    "low",
    "original",
}


def check_image_part_image_url_detail(value: str) -> ImagePartImageUrlDetail:
    if isinstance(value, str):
        return cast("ImagePartImageUrlDetail", value)
    raise TypeError(f"Expected a str for ImagePartImageUrlDetail, got {type(value).__name__}")
