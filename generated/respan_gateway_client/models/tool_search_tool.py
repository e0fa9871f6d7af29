from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_search_tool_execution import ToolSearchToolExecution
from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolSearchTool")


@_attrs_define
class ToolSearchTool:
    """Hosted or BYOT tool search configuration for deferred tools.

    Attributes:
        type_ (Literal['tool_search']): The type of the tool. Always `tool_search`.
        description (None | str | Unset): Description shown to the model for a client-executed tool search tool.
        execution (None | ToolSearchToolExecution | Unset): Whether tool search is executed by the server or by the
            client.
        parameters (Any | Unset): Parameter schema for a client-executed tool search tool.
    """

    type_: Literal["tool_search"]
    description: None | str | Unset = UNSET
    execution: None | ToolSearchToolExecution | Unset = UNSET
    parameters: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        execution: None | str | Unset
        if isinstance(self.execution, Unset):
            execution = UNSET
        elif isinstance(self.execution, str):
            execution = self.execution
        else:
            execution = self.execution

        parameters = self.parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if execution is not UNSET:
            field_dict["execution"] = execution
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['tool_search']", d.pop("type"))
        if type_ != "tool_search":
            raise ValueError(f"type must match const 'tool_search', got '{type_}'")

        description: None | str | Unset = d.pop("description", UNSET)

        execution: None | ToolSearchToolExecution | Unset = d.pop("execution", UNSET)

        parameters = d.pop("parameters", UNSET)

        tool_search_tool = cls(
            type_,
            description,
            execution,
            parameters,
        )

        tool_search_tool.additional_properties = d
        return tool_search_tool

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
