from typing import Literal

UpstreamAttemptStatus = Literal["error", "success"]

UPSTREAM_ATTEMPT_STATUS_VALUES: set[UpstreamAttemptStatus] = {
    "error",
    "success",
}


def check_upstream_attempt_status(value: str) -> UpstreamAttemptStatus:
    if value in UPSTREAM_ATTEMPT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPSTREAM_ATTEMPT_STATUS_VALUES!r}")
