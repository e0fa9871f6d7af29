from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseShellCallCommandDeltaEvent")


@_attrs_define
class ResponseShellCallCommandDeltaEvent:
    """A streaming event that indicated a shell command was incrementally updated.

    Attributes:
        command_index (int): The index of the shell command that was updated.
        delta (str): The shell command delta that was appended.
        output_index (int): The index of the output item that was updated.
        type_ (Literal['response.shell_call_command.delta']): The type of the event, always
            `response.shell_call_command.delta`.
        sequence_number (int | None | Unset):
        obfuscation (None | str | Unset): An obfuscation string that was added to pad the event payload.
    """

    command_index: int
    delta: str
    output_index: int
    type_: Literal["response.shell_call_command.delta"]
    sequence_number: int | None | Unset = UNSET
    obfuscation: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command_index = self.command_index

        delta = self.delta

        output_index = self.output_index

        type_ = self.type_

        sequence_number: int | None | Unset
        if isinstance(self.sequence_number, Unset):
            sequence_number = UNSET
        else:
            sequence_number = self.sequence_number

        obfuscation: None | str | Unset
        if isinstance(self.obfuscation, Unset):
            obfuscation = UNSET
        else:
            obfuscation = self.obfuscation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command_index": command_index,
                "delta": delta,
                "output_index": output_index,
                "type": type_,
            }
        )
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if obfuscation is not UNSET:
            field_dict["obfuscation"] = obfuscation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command_index = d.pop("command_index")

        delta = d.pop("delta")

        output_index = d.pop("output_index")

        type_ = cast("Literal['response.shell_call_command.delta']", d.pop("type"))
        if type_ != "response.shell_call_command.delta":
            raise ValueError(f"type must match const 'response.shell_call_command.delta', got '{type_}'")

        sequence_number: int | None | Unset = d.pop("sequence_number", UNSET)

        obfuscation: None | str | Unset = d.pop("obfuscation", UNSET)

        response_shell_call_command_delta_event = cls(
            command_index,
            delta,
            output_index,
            type_,
            sequence_number,
            obfuscation,
        )

        response_shell_call_command_delta_event.additional_properties = d
        return response_shell_call_command_delta_event

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
