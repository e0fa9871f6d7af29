from typing import Literal

ImagePartImageUrlDetail = Literal["auto", "high", "low"]

IMAGE_PART_IMAGE_URL_DETAIL_VALUES: set[ImagePartImageUrlDetail] = {
    "auto",
    "high",
    "low",
}


def check_image_part_image_url_detail(value: str) -> ImagePartImageUrlDetail:
    if value in IMAGE_PART_IMAGE_URL_DETAIL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_PART_IMAGE_URL_DETAIL_VALUES!r}")
