from typing import Literal, cast

ToolSearchOutputStatusType0 = Literal["completed", "in_progress", "incomplete"]

TOOL_SEARCH_OUTPUT_STATUS_TYPE_0_VALUES: set[ToolSearchOutputStatusType0] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_tool_search_output_status_type_0(value: str) -> ToolSearchOutputStatusType0:
    if isinstance(value, str):
        return cast("ToolSearchOutputStatusType0", value)
    raise TypeError(f"Expected a str for ToolSearchOutputStatusType0, got {type(value).__name__}")
