from typing import Literal, cast

UpstreamAttemptStatus = Literal["error", "success"]

UPSTREAM_ATTEMPT_STATUS_VALUES: set[UpstreamAttemptStatus] = {
    "error",
    "success",
}


def check_upstream_attempt_status(value: str) -> UpstreamAttemptStatus:
    if isinstance(value, str):
        return cast("UpstreamAttemptStatus", value)
    raise TypeError(f"Expected a str for UpstreamAttemptStatus, got {type(value).__name__}")
