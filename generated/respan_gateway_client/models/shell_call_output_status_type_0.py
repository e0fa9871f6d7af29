from typing import Literal, cast

ShellCallOutputStatusType0 = Literal["completed", "in_progress", "incomplete"]

SHELL_CALL_OUTPUT_STATUS_TYPE_0_VALUES: set[ShellCallOutputStatusType0] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_shell_call_output_status_type_0(value: str) -> ShellCallOutputStatusType0:
    if isinstance(value, str):
        return cast("ShellCallOutputStatusType0", value)
    raise TypeError(f"Expected a str for ShellCallOutputStatusType0, got {type(value).__name__}")
