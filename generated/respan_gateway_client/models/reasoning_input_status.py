from typing import Literal, cast

ReasoningInputStatus = Literal["completed", "in_progress", "incomplete"]

REASONING_INPUT_STATUS_VALUES: set[ReasoningInputStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_reasoning_input_status(value: str) -> ReasoningInputStatus:
    if isinstance(value, str):
        return cast("ReasoningInputStatus", value)
    raise TypeError(f"Expected a str for ReasoningInputStatus, got {type(value).__name__}")
