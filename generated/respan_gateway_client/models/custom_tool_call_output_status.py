from typing import Literal, cast

CustomToolCallOutputStatus = Literal["completed", "in_progress", "incomplete"]

CUSTOM_TOOL_CALL_OUTPUT_STATUS_VALUES: set[CustomToolCallOutputStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_custom_tool_call_output_status(value: str) -> CustomToolCallOutputStatus:
    if isinstance(value, str):
        return cast("CustomToolCallOutputStatus", value)
    raise TypeError(f"Expected a str for CustomToolCallOutputStatus, got {type(value).__name__}")
