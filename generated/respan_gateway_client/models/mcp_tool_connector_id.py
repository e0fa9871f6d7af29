from typing import Literal, cast

McpToolConnectorId = Literal[
    "connector_dropbox",
    "connector_gmail",
    "connector_googlecalendar",
    "connector_googledrive",
    "connector_microsoftteams",
    "connector_outlookcalendar",
    "connector_outlookemail",
    "connector_sharepoint",
]

MCP_TOOL_CONNECTOR_ID_VALUES: set[McpToolConnectorId] = {
    "connector_dropbox",
    "connector_gmail",
    "connector_googlecalendar",
    "connector_googledrive",
    "connector_microsoftteams",
    "connector_outlookcalendar",
    "connector_outlookemail",
    "connector_sharepoint",
}


def check_mcp_tool_connector_id(value: str) -> McpToolConnectorId:
    if isinstance(value, str):
        return cast("McpToolConnectorId", value)
    raise TypeError(f"Expected a str for McpToolConnectorId, got {type(value).__name__}")
