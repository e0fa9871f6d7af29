from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_tool_allowed_callers_type_0_item import (
    McpToolAllowedCallersType0Item,
    check_mcp_tool_allowed_callers_type_0_item,
)
from ..models.mcp_tool_connector_id import McpToolConnectorId
from ..models.mcp_tool_require_approval_type_0 import (
    McpToolRequireApprovalType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="McpTool")


@_attrs_define
class McpTool:
    """Give the model access to additional tools via remote Model Context Protocol (MCP) servers. [Learn more about
    MCP](https://developers.openai.com/api/docs/guides/tools-connectors-mcp).

        Attributes:
            server_label (str): A label for this MCP server, used to identify it in tool calls.
            type_ (Literal['mcp']): The type of the MCP tool. Always `mcp`.
            allowed_callers (list[McpToolAllowedCallersType0Item] | None | Unset): The tool invocation context(s).
            allowed_tools (list[str] | McpToolFilter | None | Unset): List of allowed tool names or a filter object.
            authorization (None | str | Unset): An OAuth access token that can be used with a remote MCP server, either with
                a custom MCP server URL or a
                service connector. Your application must handle the OAuth authorization flow and provide the token here.
            connector_id (McpToolConnectorId | None | Unset): Identifier for service connectors, like those available in
                ChatGPT.

                One of `server_url`, `connector_id`, or `tunnel_id` must be provided. Learn more about service connectors
                [here](https://developers.openai.com/api/docs/guides/tools-connectors-mcp#connectors).

                This field is deprecated for models released after September 1, 2026. Use `server_url` to connect to a remote
                MCP server, or `tunnel_id` to connect through a Secure MCP Tunnel.

                Currently supported `connector_id` values are:

                - Dropbox: `connector_dropbox`
                - Gmail: `connector_gmail`
                - Google Calendar: `connector_googlecalendar`
                - Google Drive: `connector_googledrive`
                - Microsoft Teams: `connector_microsoftteams`
                - Outlook Calendar: `connector_outlookcalendar`
                - Outlook Email: `connector_outlookemail`
                - SharePoint: `connector_sharepoint`
            defer_loading (bool | None | Unset): Whether this MCP tool is deferred and discovered via tool search.
            headers (McpToolHeadersType0 | None | Unset): Optional HTTP headers to send to the MCP server.

                Use for authentication or other purposes.
            require_approval (McpToolApprovalFilter | McpToolRequireApprovalType0 | None | Unset): Specify which of the MCP
                server's tools require approval.
            server_description (None | str | Unset): Optional description of the MCP server, used to provide more context.
            server_url (None | str | Unset): The URL for the MCP server.

                One of `server_url`, `connector_id`, or `tunnel_id` must be provided.
            tunnel_id (None | str | Unset): The Secure MCP Tunnel ID to use instead of a direct server URL.

                One of `server_url`, `connector_id`, or `tunnel_id` must be provided.
    """

    server_label: str
    type_: Literal["mcp"]
    allowed_callers: list[McpToolAllowedCallersType0Item] | None | Unset = UNSET
    allowed_tools: list[str] | McpToolFilter | None | Unset = UNSET
    authorization: None | str | Unset = UNSET
    connector_id: McpToolConnectorId | None | Unset = UNSET
    defer_loading: bool | None | Unset = UNSET
    headers: McpToolHeadersType0 | None | Unset = UNSET
    require_approval: McpToolApprovalFilter | McpToolRequireApprovalType0 | None | Unset = UNSET
    server_description: None | str | Unset = UNSET
    server_url: None | str | Unset = UNSET
    tunnel_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_label = self.server_label

        type_ = self.type_

        allowed_callers: list[str] | None | Unset
        if isinstance(self.allowed_callers, Unset):
            allowed_callers = UNSET
        elif isinstance(self.allowed_callers, list):
            allowed_callers = []
            for allowed_callers_type_0_item_data in self.allowed_callers:
                allowed_callers_type_0_item: str = allowed_callers_type_0_item_data
                allowed_callers.append(allowed_callers_type_0_item)

        else:
            allowed_callers = self.allowed_callers

        allowed_tools: dict[str, Any] | list[str] | None | Unset
        if isinstance(self.allowed_tools, Unset):
            allowed_tools = UNSET
        elif isinstance(self.allowed_tools, list):
            allowed_tools = self.allowed_tools

        elif isinstance(self.allowed_tools, McpToolFilter):
            allowed_tools = self.allowed_tools.to_dict()
        else:
            allowed_tools = self.allowed_tools

        authorization: None | str | Unset
        if isinstance(self.authorization, Unset):
            authorization = UNSET
        else:
            authorization = self.authorization

        connector_id: None | str | Unset
        if isinstance(self.connector_id, Unset):
            connector_id = UNSET
        elif isinstance(self.connector_id, str):
            connector_id = self.connector_id
        else:
            connector_id = self.connector_id

        defer_loading: bool | None | Unset
        if isinstance(self.defer_loading, Unset):
            defer_loading = UNSET
        else:
            defer_loading = self.defer_loading

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, McpToolHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        require_approval: dict[str, Any] | None | str | Unset
        if isinstance(self.require_approval, Unset):
            require_approval = UNSET
        elif isinstance(self.require_approval, str):
            require_approval = self.require_approval
        elif isinstance(self.require_approval, McpToolApprovalFilter):
            require_approval = self.require_approval.to_dict()
        else:
            require_approval = self.require_approval

        server_description: None | str | Unset
        if isinstance(self.server_description, Unset):
            server_description = UNSET
        else:
            server_description = self.server_description

        server_url: None | str | Unset
        if isinstance(self.server_url, Unset):
            server_url = UNSET
        else:
            server_url = self.server_url

        tunnel_id: None | str | Unset
        if isinstance(self.tunnel_id, Unset):
            tunnel_id = UNSET
        else:
            tunnel_id = self.tunnel_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "server_label": server_label,
                "type": type_,
            }
        )
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        if allowed_tools is not UNSET:
            field_dict["allowed_tools"] = allowed_tools
        if authorization is not UNSET:
            field_dict["authorization"] = authorization
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading
        if headers is not UNSET:
            field_dict["headers"] = headers
        if require_approval is not UNSET:
            field_dict["require_approval"] = require_approval
        if server_description is not UNSET:
            field_dict["server_description"] = server_description
        if server_url is not UNSET:
            field_dict["server_url"] = server_url
        if tunnel_id is not UNSET:
            field_dict["tunnel_id"] = tunnel_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        server_label = d.pop("server_label")

        type_ = cast("Literal['mcp']", d.pop("type"))
        if type_ != "mcp":
            raise ValueError(f"type must match const 'mcp', got '{type_}'")

        _allowed_callers = d.pop("allowed_callers", UNSET)
        allowed_callers: list[McpToolAllowedCallersType0Item] | None | Unset = _allowed_callers
        if isinstance(_allowed_callers, list):
            try:
                allowed_callers_type_0 = []
                _allowed_callers_type_0 = _allowed_callers
                for allowed_callers_type_0_item_data in _allowed_callers_type_0:
                    allowed_callers_type_0_item = check_mcp_tool_allowed_callers_type_0_item(
                        allowed_callers_type_0_item_data
                    )

                    allowed_callers_type_0.append(allowed_callers_type_0_item)

                allowed_callers = allowed_callers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        def _parse_allowed_tools(data: object) -> list[str] | McpToolFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_tools_type_0 = cast("list[str]", data)

                return allowed_tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                allowed_tools_type_1 = McpToolFilter.from_dict(data)

                return allowed_tools_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast("list[str] | McpToolFilter | None | Unset", data)

        allowed_tools = _parse_allowed_tools(d.pop("allowed_tools", UNSET))

        authorization: None | str | Unset = d.pop("authorization", UNSET)

        connector_id: McpToolConnectorId | None | Unset = d.pop("connector_id", UNSET)

        defer_loading: bool | None | Unset = d.pop("defer_loading", UNSET)

        headers: McpToolHeadersType0 | None | Unset = d.pop("headers", UNSET)
        if isinstance(headers, dict):
            try:
                headers = McpToolHeadersType0.from_dict(headers)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as McpToolHeadersType0: kept as it came

        require_approval: McpToolApprovalFilter | McpToolRequireApprovalType0 | None | Unset = d.pop(
            "require_approval", UNSET
        )
        if isinstance(require_approval, dict):
            try:
                require_approval = McpToolApprovalFilter.from_dict(require_approval)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as McpToolApprovalFilter: kept as it came

        server_description: None | str | Unset = d.pop("server_description", UNSET)

        server_url: None | str | Unset = d.pop("server_url", UNSET)

        tunnel_id: None | str | Unset = d.pop("tunnel_id", UNSET)

        mcp_tool = cls(
            server_label,
            type_,
            allowed_callers,
            allowed_tools,
            authorization,
            connector_id,
            defer_loading,
            headers,
            require_approval,
            server_description,
            server_url,
            tunnel_id,
        )

        mcp_tool.additional_properties = d
        return mcp_tool

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once McpTool exists, so that models which contain each other load in either order.
from ..models.mcp_tool_approval_filter import McpToolApprovalFilter
from ..models.mcp_tool_filter import McpToolFilter
from ..models.mcp_tool_headers_type_0 import McpToolHeadersType0
