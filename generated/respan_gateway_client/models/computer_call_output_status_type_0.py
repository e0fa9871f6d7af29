from typing import Literal, cast

ComputerCallOutputStatusType0 = Literal["completed", "failed", "in_progress", "incomplete"]

COMPUTER_CALL_OUTPUT_STATUS_TYPE_0_VALUES: set[ComputerCallOutputStatusType0] = {
    "completed",
    "failed",
    "in_progress",
    "incomplete",
}


def check_computer_call_output_status_type_0(value: str) -> ComputerCallOutputStatusType0:
    if isinstance(value, str):
        return cast("ComputerCallOutputStatusType0", value)
    raise TypeError(f"Expected a str for ComputerCallOutputStatusType0, got {type(value).__name__}")
