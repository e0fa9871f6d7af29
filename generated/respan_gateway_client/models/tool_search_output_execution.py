from typing import Literal, cast

ToolSearchOutputExecution = Literal["client", "server"]

TOOL_SEARCH_OUTPUT_EXECUTION_VALUES: set[ToolSearchOutputExecution] = {
    "client",
    "server",
}


def check_tool_search_output_execution(value: str) -> ToolSearchOutputExecution:
    if isinstance(value, str):
        return cast("ToolSearchOutputExecution", value)
    raise TypeError(f"Expected a str for ToolSearchOutputExecution, got {type(value).__name__}")
