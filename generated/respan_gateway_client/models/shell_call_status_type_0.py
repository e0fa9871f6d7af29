from typing import Literal, cast

ShellCallStatusType0 = Literal["completed", "in_progress", "incomplete"]

SHELL_CALL_STATUS_TYPE_0_VALUES: set[ShellCallStatusType0] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_shell_call_status_type_0(value: str) -> ShellCallStatusType0:
    if isinstance(value, str):
        return cast("ShellCallStatusType0", value)
    raise TypeError(f"Expected a str for ShellCallStatusType0, got {type(value).__name__}")
