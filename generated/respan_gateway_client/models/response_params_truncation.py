from typing import Literal, cast

ResponseParamsTruncation = Literal["auto", "disabled"]

RESPONSE_PARAMS_TRUNCATION_VALUES: set[ResponseParamsTruncation] = {
    "auto",
    "disabled",
}


def check_response_params_truncation(value: str) -> ResponseParamsTruncation:
    if isinstance(value, str):
        return cast("ResponseParamsTruncation", value)
    raise TypeError(f"Expected a str for ResponseParamsTruncation, got {type(value).__name__}")
