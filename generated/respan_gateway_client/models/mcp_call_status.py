from typing import Literal, cast

McpCallStatus = Literal["calling", "completed", "failed", "in_progress", "incomplete"]

MCP_CALL_STATUS_VALUES: set[McpCallStatus] = {
    "calling",
    "completed",
    "failed",
    "in_progress",
    "incomplete",
}


def check_mcp_call_status(value: str) -> McpCallStatus:
    if isinstance(value, str):
        return cast("McpCallStatus", value)
    raise TypeError(f"Expected a str for McpCallStatus, got {type(value).__name__}")
