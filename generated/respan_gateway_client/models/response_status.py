from typing import Literal, cast

ResponseStatus = Literal["cancelled", "completed", "failed", "in_progress", "incomplete", "queued"]

RESPONSE_STATUS_VALUES: set[ResponseStatus] = {
    "cancelled",
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "queued",
}


def check_response_status(value: str) -> ResponseStatus:
    if isinstance(value, str):
        return cast("ResponseStatus", value)
    raise TypeError(f"Expected a str for ResponseStatus, got {type(value).__name__}")
