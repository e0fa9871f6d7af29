from typing import Literal, cast

ComputerCallStatus = Literal["completed", "in_progress", "incomplete"]

COMPUTER_CALL_STATUS_VALUES: set[ComputerCallStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_computer_call_status(value: str) -> ComputerCallStatus:
    if isinstance(value, str):
        return cast("ComputerCallStatus", value)
    raise TypeError(f"Expected a str for ComputerCallStatus, got {type(value).__name__}")
