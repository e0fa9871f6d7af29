from typing import Literal, cast

ToolCallDeltaType = Literal["custom", "function"]

TOOL_CALL_DELTA_TYPE_VALUES: set[ToolCallDeltaType] = {
    "custom",
    "function",
}


def check_tool_call_delta_type(value: str) -> ToolCallDeltaType:
    if isinstance(value, str):
        return cast("ToolCallDeltaType", value)
    raise TypeError(f"Expected a str for ToolCallDeltaType, got {type(value).__name__}")
