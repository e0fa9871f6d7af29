from typing import Literal, cast

McpToolRequireApprovalType0 = Literal["always", "never"]

MCP_TOOL_REQUIRE_APPROVAL_TYPE_0_VALUES: set[McpToolRequireApprovalType0] = {
    "always",
    "never",
}


def check_mcp_tool_require_approval_type_0(value: str) -> McpToolRequireApprovalType0:
    if isinstance(value, str):
        return cast("McpToolRequireApprovalType0", value)
    raise TypeError(f"Expected a str for McpToolRequireApprovalType0, got {type(value).__name__}")
