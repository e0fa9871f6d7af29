from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseShellCallOutputContentDoneEvent")


@_attrs_define
class ResponseShellCallOutputContentDoneEvent:
    """A streaming event that indicated shell call output was completed.

    Attributes:
        command_index (int): The index of the shell command that produced output.
        item_id (str): The ID of the output item that was updated.
        output (list[ShellCallOutputContent]): The output contents emitted for the shell command.
        output_index (int): The index of the output item that was updated.
        type_ (Literal['response.shell_call_output_content.done']): The type of the event, always
            `response.shell_call_output_content.done`.
        sequence_number (int | None | Unset):
    """

    command_index: int
    item_id: str
    output: list[ShellCallOutputContent]
    output_index: int
    type_: Literal["response.shell_call_output_content.done"]
    sequence_number: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command_index = self.command_index

        item_id = self.item_id

        output = []
        for output_item_data in self.output:
            output_item = output_item_data.to_dict()
            output.append(output_item)

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
                "command_index": command_index,
                "item_id": item_id,
                "output": output,
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
        command_index = d.pop("command_index")

        item_id = d.pop("item_id")

        output = []
        _output = d.pop("output")
        for output_item_data in _output:
            output_item = ShellCallOutputContent.from_dict(output_item_data)

            output.append(output_item)

        output_index = d.pop("output_index")

        type_ = cast("Literal['response.shell_call_output_content.done']", d.pop("type"))
        if type_ != "response.shell_call_output_content.done":
            raise ValueError(f"type must match const 'response.shell_call_output_content.done', got '{type_}'")

        sequence_number: int | None | Unset = d.pop("sequence_number", UNSET)

        response_shell_call_output_content_done_event = cls(
            command_index,
            item_id,
            output,
            output_index,
            type_,
            sequence_number,
        )

        response_shell_call_output_content_done_event.additional_properties = d
        return response_shell_call_output_content_done_event

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


# Imported once ResponseShellCallOutputContentDoneEvent exists, so that models which contain each other load in either order.
from ..models.shell_call_output_content import ShellCallOutputContent
