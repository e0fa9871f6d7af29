from typing import Literal, cast

LocalShellCallOutputStatusType0 = Literal["completed", "in_progress", "incomplete"]

LOCAL_SHELL_CALL_OUTPUT_STATUS_TYPE_0_VALUES: set[LocalShellCallOutputStatusType0] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_local_shell_call_output_status_type_0(value: str) -> LocalShellCallOutputStatusType0:
    if isinstance(value, str):
        return cast("LocalShellCallOutputStatusType0", value)
    raise TypeError(f"Expected a str for LocalShellCallOutputStatusType0, got {type(value).__name__}")
