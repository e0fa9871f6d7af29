from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NamespaceTool")


@_attrs_define
class NamespaceTool:
    """Groups function/custom tools under a shared namespace.

    Attributes:
        description (str): A description of the namespace shown to the model.
        name (str): The namespace name used in tool calls (for example, `crm`).
        tools (list[CustomTool | NamespaceFunction]): The function/custom tools loaded inside this namespace.
        type_ (Literal['namespace']): The type of the tool. Always `namespace`.
    """

    description: str
    name: str
    tools: list[CustomTool | NamespaceFunction]
    type_: Literal["namespace"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        name = self.name

        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if isinstance(tools_item_data, NamespaceFunction):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "name": name,
                "tools": tools,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        name = d.pop("name")

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:

            def _parse_tools_item(data: object) -> CustomTool | NamespaceFunction:
                if isinstance(data, dict):
                    kind = data.get("type")
                    try:
                        if kind == "function":
                            return NamespaceFunction.from_dict(data)
                        if kind == "custom":
                            return CustomTool.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

                raise TypeError(f"expected one of the forms of tools_item, got {type(data).__name__}")

            tools_item = _parse_tools_item(tools_item_data)

            tools.append(tools_item)

        type_ = cast("Literal['namespace']", d.pop("type"))
        if type_ != "namespace":
            raise ValueError(f"type must match const 'namespace', got '{type_}'")

        namespace_tool = cls(
            description,
            name,
            tools,
            type_,
        )

        namespace_tool.additional_properties = d
        return namespace_tool

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


# Imported once NamespaceTool exists, so that models which contain each other load in either order.
from ..models.custom_tool import CustomTool
from ..models.namespace_function import NamespaceFunction
