from typing import Literal

ResponseParamsTruncation = Literal["auto", "disabled"]

RESPONSE_PARAMS_TRUNCATION_VALUES: set[ResponseParamsTruncation] = {
    "auto",
    "disabled",
}


def check_response_params_truncation(value: str) -> ResponseParamsTruncation:
    if value in RESPONSE_PARAMS_TRUNCATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_PARAMS_TRUNCATION_VALUES!r}")
