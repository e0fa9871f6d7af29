from typing import Literal, cast

ToolSearchCallStatusType0 = Literal["completed", "in_progress", "incomplete"]

TOOL_SEARCH_CALL_STATUS_TYPE_0_VALUES: set[ToolSearchCallStatusType0] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_tool_search_call_status_type_0(value: str) -> ToolSearchCallStatusType0:
    if isinstance(value, str):
        return cast("ToolSearchCallStatusType0", value)
    raise TypeError(f"Expected a str for ToolSearchCallStatusType0, got {type(value).__name__}")
