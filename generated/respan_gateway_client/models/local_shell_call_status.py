from typing import Literal, cast

LocalShellCallStatus = Literal["completed", "in_progress", "incomplete"]

LOCAL_SHELL_CALL_STATUS_VALUES: set[LocalShellCallStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_local_shell_call_status(value: str) -> LocalShellCallStatus:
    if isinstance(value, str):
        return cast("LocalShellCallStatus", value)
    raise TypeError(f"Expected a str for LocalShellCallStatus, got {type(value).__name__}")
