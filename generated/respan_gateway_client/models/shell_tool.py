from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shell_tool_allowed_callers_type_0_item import (
    ShellToolAllowedCallersType0Item,
    check_shell_tool_allowed_callers_type_0_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShellTool")


@_attrs_define
class ShellTool:
    """A tool that allows the model to execute shell commands.

    Attributes:
        type_ (Literal['shell']): The type of the shell tool. Always `shell`.
        allowed_callers (list[ShellToolAllowedCallersType0Item] | None | Unset): The tool invocation context(s).
        environment (ContainerAuto | ContainerReference | LocalEnvironment | None | Unset):
    """

    type_: Literal["shell"]
    allowed_callers: list[ShellToolAllowedCallersType0Item] | None | Unset = UNSET
    environment: ContainerAuto | ContainerReference | LocalEnvironment | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        environment: dict[str, Any] | None | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        elif isinstance(self.environment, ContainerAuto):
            environment = self.environment.to_dict()
        elif isinstance(self.environment, LocalEnvironment):
            environment = self.environment.to_dict()
        elif isinstance(self.environment, ContainerReference):
            environment = self.environment.to_dict()
        else:
            environment = self.environment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        if environment is not UNSET:
            field_dict["environment"] = environment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['shell']", d.pop("type"))
        if type_ != "shell":
            raise ValueError(f"type must match const 'shell', got '{type_}'")

        _allowed_callers = d.pop("allowed_callers", UNSET)
        allowed_callers: list[ShellToolAllowedCallersType0Item] | None | Unset = _allowed_callers
        if isinstance(_allowed_callers, list):
            try:
                allowed_callers_type_0 = []
                _allowed_callers_type_0 = _allowed_callers
                for allowed_callers_type_0_item_data in _allowed_callers_type_0:
                    allowed_callers_type_0_item = check_shell_tool_allowed_callers_type_0_item(
                        allowed_callers_type_0_item_data
                    )

                    allowed_callers_type_0.append(allowed_callers_type_0_item)

                allowed_callers = allowed_callers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        def _parse_environment(data: object) -> ContainerAuto | ContainerReference | LocalEnvironment | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind == "container_auto":
                        return ContainerAuto.from_dict(data)
                    if kind == "local":
                        return LocalEnvironment.from_dict(data)
                    if kind == "container_reference":
                        return ContainerReference.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

            return cast("ContainerAuto | ContainerReference | LocalEnvironment | None | Unset", data)

        environment = _parse_environment(d.pop("environment", UNSET))

        shell_tool = cls(
            type_,
            allowed_callers,
            environment,
        )

        shell_tool.additional_properties = d
        return shell_tool

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


# Imported once ShellTool exists, so that models which contain each other load in either order.
from ..models.container_auto import ContainerAuto
from ..models.container_reference import ContainerReference
from ..models.local_environment import LocalEnvironment
