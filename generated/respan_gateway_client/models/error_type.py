from typing import Literal, cast

ErrorType = Literal[
    "api_error",
    "authentication_error",
    "invalid_request_error",
    "not_found_error",
    "rate_limit_error",
    "request_too_large",
    "service_unavailable",
    "timeout_error",
    "unsupported_media_type",
    "upstream_error",
]

ERROR_TYPE_VALUES: set[ErrorType] = {
    "api_error",
    "authentication_error",
    "invalid_request_error",
    "not_found_error",
    "rate_limit_error",
    "request_too_large",
    "service_unavailable",
    "timeout_error",
    "unsupported_media_type",
    "upstream_error",
}


def check_error_type(value: str) -> ErrorType:
    if isinstance(value, str):
        return cast("ErrorType", value)
    raise TypeError(f"Expected a str for ErrorType, got {type(value).__name__}")
