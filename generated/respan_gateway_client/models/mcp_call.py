from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_call_status import McpCallStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="McpCall")


@_attrs_define
class McpCall:
    """An invocation of a tool on an MCP server.

    Attributes:
        id (str): The unique ID of the tool call.
        arguments (str): A JSON string of the arguments passed to the tool.
        name (str): The name of the tool that was run.
        server_label (str): The label of the MCP server running the tool.
        type_ (Literal['mcp_call']): The type of the item. Always `mcp_call`.
        approval_request_id (None | str | Unset): Unique identifier for the MCP tool call approval request. Include this
            value in a subsequent
            `mcp_approval_response` input to approve or reject the corresponding tool call.
        error (McpHttpError | McpProtocolError | McpToolExecutionError | None | Unset): The error from the tool call, if
            any.
        output (None | str | Unset): The output from the tool call.
        status (McpCallStatus | None | Unset): The status of the tool call.

            One of `in_progress`, `completed`, `incomplete`, `calling`, or `failed`.
    """

    id: str
    arguments: str
    name: str
    server_label: str
    type_: Literal["mcp_call"]
    approval_request_id: None | str | Unset = UNSET
    error: McpHttpError | McpProtocolError | McpToolExecutionError | None | Unset = UNSET
    output: None | str | Unset = UNSET
    status: McpCallStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        arguments = self.arguments

        name = self.name

        server_label = self.server_label

        type_ = self.type_

        approval_request_id: None | str | Unset
        if isinstance(self.approval_request_id, Unset):
            approval_request_id = UNSET
        else:
            approval_request_id = self.approval_request_id

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, McpProtocolError):
            error = self.error.to_dict()
        elif isinstance(self.error, McpToolExecutionError):
            error = self.error.to_dict()
        elif isinstance(self.error, McpHttpError):
            error = self.error.to_dict()
        else:
            error = self.error

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "arguments": arguments,
                "name": name,
                "server_label": server_label,
                "type": type_,
            }
        )
        if approval_request_id is not UNSET:
            field_dict["approval_request_id"] = approval_request_id
        if error is not UNSET:
            field_dict["error"] = error
        if output is not UNSET:
            field_dict["output"] = output
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        arguments = d.pop("arguments")

        name = d.pop("name")

        server_label = d.pop("server_label")

        type_ = cast("Literal['mcp_call']", d.pop("type"))
        if type_ != "mcp_call":
            raise ValueError(f"type must match const 'mcp_call', got '{type_}'")

        approval_request_id: None | str | Unset = d.pop("approval_request_id", UNSET)

        def _parse_error(data: object) -> McpHttpError | McpProtocolError | McpToolExecutionError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind == "mcp_protocol_error":
                        return McpProtocolError.from_dict(data)
                    if kind == "mcp_tool_execution_error":
                        return McpToolExecutionError.from_dict(data)
                    if kind == "http_error":
                        return McpHttpError.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

            return cast("McpHttpError | McpProtocolError | McpToolExecutionError | None | Unset", data)

        error = _parse_error(d.pop("error", UNSET))

        output: None | str | Unset = d.pop("output", UNSET)

        status: McpCallStatus | None | Unset = d.pop("status", UNSET)

        mcp_call = cls(
            id,
            arguments,
            name,
            server_label,
            type_,
            approval_request_id,
            error,
            output,
            status,
        )

        mcp_call.additional_properties = d
        return mcp_call

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


# Imported once McpCall exists, so that models which contain each other load in either order.
from ..models.mcp_http_error import McpHttpError
from ..models.mcp_protocol_error import McpProtocolError
from ..models.mcp_tool_execution_error import McpToolExecutionError
