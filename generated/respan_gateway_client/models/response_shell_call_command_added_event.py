from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseShellCallCommandAddedEvent")


@_attrs_define
class ResponseShellCallCommandAddedEvent:
    """A streaming event that indicated a shell command was added to a tool call.

    Attributes:
        command (str): The shell command that was added.
        command_index (int): The index of the shell command that was added.
        output_index (int): The index of the output item that was updated.
        type_ (Literal['response.shell_call_command.added']): The type of the event, always
            `response.shell_call_command.added`.
        sequence_number (int | None | Unset):
    """

    command: str
    command_index: int
    output_index: int
    type_: Literal["response.shell_call_command.added"]
    sequence_number: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command = self.command

        command_index = self.command_index

        output_index = self.output_index

        type_ = self.type_

        sequence_number: int | None | Unset
        if isinstance(self.sequence_number, Unset):
            sequence_number = UNSET
        else:
            sequence_number = self.sequence_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
                "command_index": command_index,
                "output_index": output_index,
                "type": type_,
            }
        )
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command = d.pop("command")

        command_index = d.pop("command_index")

        output_index = d.pop("output_index")

        type_ = cast("Literal['response.shell_call_command.added']", d.pop("type"))
        if type_ != "response.shell_call_command.added":
            raise ValueError(f"type must match const 'response.shell_call_command.added', got '{type_}'")

        sequence_number: int | None | Unset = d.pop("sequence_number", UNSET)

        response_shell_call_command_added_event = cls(
            command,
            command_index,
            output_index,
            type_,
            sequence_number,
        )

        response_shell_call_command_added_event.additional_properties = d
        return response_shell_call_command_added_event

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
