from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.additional_tools_role import AdditionalToolsRole, check_additional_tools_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdditionalTools")


@_attrs_define
class AdditionalTools:
    """
    Attributes:
        role (AdditionalToolsRole): The role that provided the additional tools (in a request only `developer` is
            supported).
        tools (list[ApplyPatchTool | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomTool |
            FileSearchTool | FunctionTool | ImageGenerationTool | LocalShellTool | McpTool | NamespaceTool |
            ProgrammaticToolCallingTool | ShellTool | ToolSearchTool | UnknownResponseTool | WebSearchPreviewTool |
            WebSearchTool]): A list of additional tools made available at this item.
        type_ (Literal['additional_tools']): The item type. Always `additional_tools`.
        id (None | str | Unset): The unique ID of this additional tools item.
    """

    role: AdditionalToolsRole
    tools: list[
        ApplyPatchTool
        | CodeInterpreterTool
        | ComputerTool
        | ComputerUsePreviewTool
        | CustomTool
        | FileSearchTool
        | FunctionTool
        | ImageGenerationTool
        | LocalShellTool
        | McpTool
        | NamespaceTool
        | ProgrammaticToolCallingTool
        | ShellTool
        | ToolSearchTool
        | UnknownResponseTool
        | WebSearchPreviewTool
        | WebSearchTool
    ]
    type_: Literal["additional_tools"]
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if isinstance(tools_item_data, FunctionTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, FileSearchTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ComputerTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ComputerUsePreviewTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, WebSearchTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, McpTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, CodeInterpreterTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ProgrammaticToolCallingTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ImageGenerationTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LocalShellTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ShellTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, CustomTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, NamespaceTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ToolSearchTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, WebSearchPreviewTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ApplyPatchTool):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "tools": tools,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = check_additional_tools_role(d.pop("role"))

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:

            def _parse_tools_item(
                data: object,
            ) -> (
                ApplyPatchTool
                | CodeInterpreterTool
                | ComputerTool
                | ComputerUsePreviewTool
                | CustomTool
                | FileSearchTool
                | FunctionTool
                | ImageGenerationTool
                | LocalShellTool
                | McpTool
                | NamespaceTool
                | ProgrammaticToolCallingTool
                | ShellTool
                | ToolSearchTool
                | UnknownResponseTool
                | WebSearchPreviewTool
                | WebSearchTool
            ):
                if isinstance(data, dict):
                    kind = data.get("type")
                    try:
                        if kind == "function":
                            return FunctionTool.from_dict(data)
                        if kind == "file_search":
                            return FileSearchTool.from_dict(data)
                        if kind == "computer":
                            return ComputerTool.from_dict(data)
                        if kind == "computer_use_preview":
                            return ComputerUsePreviewTool.from_dict(data)
                        if kind in (
                            "web_search",
                            "web_search_2025_08_26",
                        ):
                            return WebSearchTool.from_dict(data)
                        if kind == "mcp":
                            return McpTool.from_dict(data)
                        if kind == "code_interpreter":
                            return CodeInterpreterTool.from_dict(data)
                        if kind == "programmatic_tool_calling":
                            return ProgrammaticToolCallingTool.from_dict(data)
                        if kind == "image_generation":
                            return ImageGenerationTool.from_dict(data)
                        if kind == "local_shell":
                            return LocalShellTool.from_dict(data)
                        if kind == "shell":
                            return ShellTool.from_dict(data)
                        if kind == "custom":
                            return CustomTool.from_dict(data)
                        if kind == "namespace":
                            return NamespaceTool.from_dict(data)
                        if kind == "tool_search":
                            return ToolSearchTool.from_dict(data)
                        if kind in (
                            "web_search_preview",
                            "web_search_preview_2025_03_11",
                        ):
                            return WebSearchPreviewTool.from_dict(data)
                        if kind == "apply_patch":
                            return ApplyPatchTool.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

                if isinstance(data, dict):
                    return UnknownResponseTool.from_dict(data)
                raise TypeError(f"expected one of the forms of tools_item, got {type(data).__name__}")

            tools_item = _parse_tools_item(tools_item_data)

            tools.append(tools_item)

        type_ = cast("Literal['additional_tools']", d.pop("type"))
        if type_ != "additional_tools":
            raise ValueError(f"type must match const 'additional_tools', got '{type_}'")

        id: None | str | Unset = d.pop("id", UNSET)

        additional_tools = cls(
            role,
            tools,
            type_,
            id,
        )

        additional_tools.additional_properties = d
        return additional_tools

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


# Imported once AdditionalTools exists, so that models which contain each other load in either order.
from ..models.apply_patch_tool import ApplyPatchTool
from ..models.code_interpreter_tool import CodeInterpreterTool
from ..models.computer_tool import ComputerTool
from ..models.computer_use_preview_tool import ComputerUsePreviewTool
from ..models.custom_tool import CustomTool
from ..models.file_search_tool import FileSearchTool
from ..models.function_tool import FunctionTool
from ..models.image_generation_tool import ImageGenerationTool
from ..models.local_shell_tool import LocalShellTool
from ..models.mcp_tool import McpTool
from ..models.namespace_tool import NamespaceTool
from ..models.programmatic_tool_calling_tool import ProgrammaticToolCallingTool
from ..models.shell_tool import ShellTool
from ..models.tool_search_tool import ToolSearchTool
from ..models.unknown_response_tool import UnknownResponseTool
from ..models.web_search_preview_tool import WebSearchPreviewTool
from ..models.web_search_tool import WebSearchTool
