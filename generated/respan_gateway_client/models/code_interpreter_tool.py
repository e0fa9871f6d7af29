from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.code_interpreter_tool_allowed_callers_type_0_item import (
    CodeInterpreterToolAllowedCallersType0Item,
    check_code_interpreter_tool_allowed_callers_type_0_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CodeInterpreterTool")


@_attrs_define
class CodeInterpreterTool:
    """A tool that runs Python code to help generate a response to a prompt.

    Attributes:
        container (CodeInterpreterContainerAuto | str): The code interpreter container.

            Can be a container ID or an object that specifies uploaded file IDs to make available to your code, along with
            an optional `memory_limit` setting.
        type_ (Literal['code_interpreter']): The type of the code interpreter tool. Always `code_interpreter`.
        allowed_callers (list[CodeInterpreterToolAllowedCallersType0Item] | None | Unset): The tool invocation
            context(s).
    """

    container: CodeInterpreterContainerAuto | str
    type_: Literal["code_interpreter"]
    allowed_callers: list[CodeInterpreterToolAllowedCallersType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container: dict[str, Any] | str
        if isinstance(self.container, CodeInterpreterContainerAuto):
            container = self.container.to_dict()
        else:
            container = self.container

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "container": container,
                "type": type_,
            }
        )
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        container: CodeInterpreterContainerAuto | str = d.pop("container")
        if isinstance(container, dict):
            try:
                container = CodeInterpreterContainerAuto.from_dict(container)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as CodeInterpreterContainerAuto: kept as it came

        type_ = cast("Literal['code_interpreter']", d.pop("type"))
        if type_ != "code_interpreter":
            raise ValueError(f"type must match const 'code_interpreter', got '{type_}'")

        _allowed_callers = d.pop("allowed_callers", UNSET)
        allowed_callers: list[CodeInterpreterToolAllowedCallersType0Item] | None | Unset = _allowed_callers
        if isinstance(_allowed_callers, list):
            try:
                allowed_callers_type_0 = []
                _allowed_callers_type_0 = _allowed_callers
                for allowed_callers_type_0_item_data in _allowed_callers_type_0:
                    allowed_callers_type_0_item = check_code_interpreter_tool_allowed_callers_type_0_item(
                        allowed_callers_type_0_item_data
                    )

                    allowed_callers_type_0.append(allowed_callers_type_0_item)

                allowed_callers = allowed_callers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        code_interpreter_tool = cls(
            container,
            type_,
            allowed_callers,
        )

        code_interpreter_tool.additional_properties = d
        return code_interpreter_tool

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


# Imported once CodeInterpreterTool exists, so that models which contain each other load in either order.
from ..models.code_interpreter_container_auto import CodeInterpreterContainerAuto
