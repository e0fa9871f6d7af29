from typing import Literal, cast

McpToolAllowedCallersType0Item = Literal["direct", "programmatic"]

MCP_TOOL_ALLOWED_CALLERS_TYPE_0_ITEM_VALUES: set[McpToolAllowedCallersType0Item] = {
    "direct",
    "programmatic",
}


def check_mcp_tool_allowed_callers_type_0_item(value: str) -> McpToolAllowedCallersType0Item:
    if isinstance(value, str):
        return cast("McpToolAllowedCallersType0Item", value)
    raise TypeError(f"Expected a str for McpToolAllowedCallersType0Item, got {type(value).__name__}")
