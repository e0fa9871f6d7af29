from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CodeInterpreterOutputLogs")


@_attrs_define
class CodeInterpreterOutputLogs:
    """The logs output from the code interpreter.

    Attributes:
        logs (str): The logs output from the code interpreter.
        type_ (Literal['logs']): The type of the output. Always `logs`.
    """

    logs: str
    type_: Literal["logs"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logs = self.logs

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "logs": logs,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        logs = d.pop("logs")

        type_ = cast("Literal['logs']", d.pop("type"))
        if type_ != "logs":
            raise ValueError(f"type must match const 'logs', got '{type_}'")

        code_interpreter_output_logs = cls(
            logs,
            type_,
        )

        code_interpreter_output_logs.additional_properties = d
        return code_interpreter_output_logs

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
