from typing import Literal, cast

ToolSearchToolExecution = Literal["client", "server"]

TOOL_SEARCH_TOOL_EXECUTION_VALUES: set[ToolSearchToolExecution] = {
    "client",
    "server",
}


def check_tool_search_tool_execution(value: str) -> ToolSearchToolExecution:
    if isinstance(value, str):
        return cast("ToolSearchToolExecution", value)
    raise TypeError(f"Expected a str for ToolSearchToolExecution, got {type(value).__name__}")
