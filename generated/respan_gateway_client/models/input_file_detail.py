from typing import Literal, cast

InputFileDetail = Literal["auto", "high", "low", "original"]

INPUT_FILE_DETAIL_VALUES: set[InputFileDetail] = {
    "auto",
    "high",
    "low",
    "original",
}


def check_input_file_detail(value: str) -> InputFileDetail:
    if isinstance(value, str):
        return cast("InputFileDetail", value)
    raise TypeError(f"Expected a str for InputFileDetail, got {type(value).__name__}")
