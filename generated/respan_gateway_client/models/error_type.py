from typing import Literal

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
    if value in ERROR_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ERROR_TYPE_VALUES!r}")
