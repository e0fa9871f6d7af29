from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ShellCallOutcomeExit")


@_attrs_define
class ShellCallOutcomeExit:
    """Indicates that the shell commands finished and returned an exit code.

    Attributes:
        exit_code (int): The exit code returned by the shell process.
        type_ (Literal['exit']): The outcome type. Always `exit`.
    """

    exit_code: int
    type_: Literal["exit"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exit_code = self.exit_code

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exit_code": exit_code,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exit_code = d.pop("exit_code")

        type_ = cast("Literal['exit']", d.pop("type"))
        if type_ != "exit":
            raise ValueError(f"type must match const 'exit', got '{type_}'")

        shell_call_outcome_exit = cls(
            exit_code,
            type_,
        )

        shell_call_outcome_exit.additional_properties = d
        return shell_call_outcome_exit

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
