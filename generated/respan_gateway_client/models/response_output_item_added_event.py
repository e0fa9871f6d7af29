from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseOutputItemAddedEvent")


@_attrs_define
class ResponseOutputItemAddedEvent:
    """
    Attributes:
        type_ (Literal['response.output_item.added']):
        output_index (int):
        item (AdditionalTools | ApplyPatchCall | ApplyPatchCallOutput | CodeInterpreterCall | CompactionItem |
            ComputerCall | ComputerCallOutput | CustomToolCall | CustomToolCallOutput | FileSearchCall | FunctionCallItem |
            FunctionCallOutputItem | ImageGenerationCall | LocalShellCall | LocalShellCallOutput | McpApprovalRequest |
            McpApprovalResponse | McpCall | McpListTools | OutputMessage | Program | ProgramOutput | ReasoningItem |
            ShellCall | ShellCallOutput | ToolSearchCall | ToolSearchOutput | UnknownOutputItem | WebSearchCall):
        sequence_number (int | None | Unset):
    """

    type_: Literal["response.output_item.added"]
    output_index: int
    item: (
        AdditionalTools
        | ApplyPatchCall
        | ApplyPatchCallOutput
        | CodeInterpreterCall
        | CompactionItem
        | ComputerCall
        | ComputerCallOutput
        | CustomToolCall
        | CustomToolCallOutput
        | FileSearchCall
        | FunctionCallItem
        | FunctionCallOutputItem
        | ImageGenerationCall
        | LocalShellCall
        | LocalShellCallOutput
        | McpApprovalRequest
        | McpApprovalResponse
        | McpCall
        | McpListTools
        | OutputMessage
        | Program
        | ProgramOutput
        | ReasoningItem
        | ShellCall
        | ShellCallOutput
        | ToolSearchCall
        | ToolSearchOutput
        | UnknownOutputItem
        | WebSearchCall
    )
    sequence_number: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        output_index = self.output_index

        item: dict[str, Any]
        if isinstance(self.item, OutputMessage):
            item = self.item.to_dict()
        elif isinstance(self.item, FunctionCallItem):
            item = self.item.to_dict()
        elif isinstance(self.item, ReasoningItem):
            item = self.item.to_dict()
        elif isinstance(self.item, FileSearchCall):
            item = self.item.to_dict()
        elif isinstance(self.item, FunctionCallOutputItem):
            item = self.item.to_dict()
        elif isinstance(self.item, WebSearchCall):
            item = self.item.to_dict()
        elif isinstance(self.item, ComputerCall):
            item = self.item.to_dict()
        elif isinstance(self.item, ComputerCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, Program):
            item = self.item.to_dict()
        elif isinstance(self.item, ProgramOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, ToolSearchCall):
            item = self.item.to_dict()
        elif isinstance(self.item, ToolSearchOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, AdditionalTools):
            item = self.item.to_dict()
        elif isinstance(self.item, CompactionItem):
            item = self.item.to_dict()
        elif isinstance(self.item, ImageGenerationCall):
            item = self.item.to_dict()
        elif isinstance(self.item, CodeInterpreterCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LocalShellCall):
            item = self.item.to_dict()
        elif isinstance(self.item, LocalShellCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, ShellCall):
            item = self.item.to_dict()
        elif isinstance(self.item, ShellCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, ApplyPatchCall):
            item = self.item.to_dict()
        elif isinstance(self.item, ApplyPatchCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, McpCall):
            item = self.item.to_dict()
        elif isinstance(self.item, McpListTools):
            item = self.item.to_dict()
        elif isinstance(self.item, McpApprovalRequest):
            item = self.item.to_dict()
        elif isinstance(self.item, McpApprovalResponse):
            item = self.item.to_dict()
        elif isinstance(self.item, CustomToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, CustomToolCallOutput):
            item = self.item.to_dict()
        else:
            item = self.item.to_dict()

        sequence_number: int | None | Unset
        if isinstance(self.sequence_number, Unset):
            sequence_number = UNSET
        else:
            sequence_number = self.sequence_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "output_index": output_index,
                "item": item,
            }
        )
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['response.output_item.added']", d.pop("type"))
        if type_ != "response.output_item.added":
            raise ValueError(f"type must match const 'response.output_item.added', got '{type_}'")

        output_index = d.pop("output_index")

        def _parse_item(
            data: object,
        ) -> (
            AdditionalTools
            | ApplyPatchCall
            | ApplyPatchCallOutput
            | CodeInterpreterCall
            | CompactionItem
            | ComputerCall
            | ComputerCallOutput
            | CustomToolCall
            | CustomToolCallOutput
            | FileSearchCall
            | FunctionCallItem
            | FunctionCallOutputItem
            | ImageGenerationCall
            | LocalShellCall
            | LocalShellCallOutput
            | McpApprovalRequest
            | McpApprovalResponse
            | McpCall
            | McpListTools
            | OutputMessage
            | Program
            | ProgramOutput
            | ReasoningItem
            | ShellCall
            | ShellCallOutput
            | ToolSearchCall
            | ToolSearchOutput
            | UnknownOutputItem
            | WebSearchCall
        ):
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind == "message":
                        return OutputMessage.from_dict(data)
                    if kind == "function_call":
                        return FunctionCallItem.from_dict(data)
                    if kind == "reasoning":
                        return ReasoningItem.from_dict(data)
                    if kind == "file_search_call":
                        return FileSearchCall.from_dict(data)
                    if kind == "function_call_output":
                        return FunctionCallOutputItem.from_dict(data)
                    if kind == "web_search_call":
                        return WebSearchCall.from_dict(data)
                    if kind == "computer_call":
                        return ComputerCall.from_dict(data)
                    if kind == "computer_call_output":
                        return ComputerCallOutput.from_dict(data)
                    if kind == "program":
                        return Program.from_dict(data)
                    if kind == "program_output":
                        return ProgramOutput.from_dict(data)
                    if kind == "tool_search_call":
                        return ToolSearchCall.from_dict(data)
                    if kind == "tool_search_output":
                        return ToolSearchOutput.from_dict(data)
                    if kind == "additional_tools":
                        return AdditionalTools.from_dict(data)
                    if kind == "compaction":
                        return CompactionItem.from_dict(data)
                    if kind == "image_generation_call":
                        return ImageGenerationCall.from_dict(data)
                    if kind == "code_interpreter_call":
                        return CodeInterpreterCall.from_dict(data)
                    if kind == "local_shell_call":
                        return LocalShellCall.from_dict(data)
                    if kind == "local_shell_call_output":
                        return LocalShellCallOutput.from_dict(data)
                    if kind == "shell_call":
                        return ShellCall.from_dict(data)
                    if kind == "shell_call_output":
                        return ShellCallOutput.from_dict(data)
                    if kind == "apply_patch_call":
                        return ApplyPatchCall.from_dict(data)
                    if kind == "apply_patch_call_output":
                        return ApplyPatchCallOutput.from_dict(data)
                    if kind == "mcp_call":
                        return McpCall.from_dict(data)
                    if kind == "mcp_list_tools":
                        return McpListTools.from_dict(data)
                    if kind == "mcp_approval_request":
                        return McpApprovalRequest.from_dict(data)
                    if kind == "mcp_approval_response":
                        return McpApprovalResponse.from_dict(data)
                    if kind == "custom_tool_call":
                        return CustomToolCall.from_dict(data)
                    if kind == "custom_tool_call_output":
                        return CustomToolCallOutput.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

            if isinstance(data, dict):
                return UnknownOutputItem.from_dict(data)
            raise TypeError(f"expected one of the forms of item, got {type(data).__name__}")

        item = _parse_item(d.pop("item"))

        sequence_number: int | None | Unset = d.pop("sequence_number", UNSET)

        response_output_item_added_event = cls(
            type_,
            output_index,
            item,
            sequence_number,
        )

        response_output_item_added_event.additional_properties = d
        return response_output_item_added_event

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


# Imported once ResponseOutputItemAddedEvent exists, so that models which contain each other load in either order.
from ..models.additional_tools import AdditionalTools
from ..models.apply_patch_call import ApplyPatchCall
from ..models.apply_patch_call_output import ApplyPatchCallOutput
from ..models.code_interpreter_call import CodeInterpreterCall
from ..models.compaction_item import CompactionItem
from ..models.computer_call import ComputerCall
from ..models.computer_call_output import ComputerCallOutput
from ..models.custom_tool_call import CustomToolCall
from ..models.custom_tool_call_output import CustomToolCallOutput
from ..models.file_search_call import FileSearchCall
from ..models.function_call_item import FunctionCallItem
from ..models.function_call_output_item import FunctionCallOutputItem
from ..models.image_generation_call import ImageGenerationCall
from ..models.local_shell_call import LocalShellCall
from ..models.local_shell_call_output import LocalShellCallOutput
from ..models.mcp_approval_request import McpApprovalRequest
from ..models.mcp_approval_response import McpApprovalResponse
from ..models.mcp_call import McpCall
from ..models.mcp_list_tools import McpListTools
from ..models.output_message import OutputMessage
from ..models.program import Program
from ..models.program_output import ProgramOutput
from ..models.reasoning_item import ReasoningItem
from ..models.shell_call import ShellCall
from ..models.shell_call_output import ShellCallOutput
from ..models.tool_search_call import ToolSearchCall
from ..models.tool_search_output import ToolSearchOutput
from ..models.unknown_output_item import UnknownOutputItem
from ..models.web_search_call import WebSearchCall
