from typing import Literal, cast

ToolSearchCallExecution = Literal["client", "server"]

TOOL_SEARCH_CALL_EXECUTION_VALUES: set[ToolSearchCallExecution] = {
    "client",
    "server",
}


def check_tool_search_call_execution(value: str) -> ToolSearchCallExecution:
    if isinstance(value, str):
        return cast("ToolSearchCallExecution", value)
    raise TypeError(f"Expected a str for ToolSearchCallExecution, got {type(value).__name__}")
