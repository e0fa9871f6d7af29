from typing import Literal, cast

ProgramOutputStatus = Literal["completed", "incomplete"]

PROGRAM_OUTPUT_STATUS_VALUES: set[ProgramOutputStatus] = {
    "completed",
    "incomplete",
}


def check_program_output_status(value: str) -> ProgramOutputStatus:
    if isinstance(value, str):
        return cast("ProgramOutputStatus", value)
    raise TypeError(f"Expected a str for ProgramOutputStatus, got {type(value).__name__}")
