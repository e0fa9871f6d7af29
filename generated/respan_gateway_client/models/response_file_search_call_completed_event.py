from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseFileSearchCallCompletedEvent")


@_attrs_define
class ResponseFileSearchCallCompletedEvent:
    """Emitted when a file search call is completed (results found).

    Attributes:
        item_id (str): The ID of the output item that the file search call is initiated.
        output_index (int): The index of the output item that the file search call is initiated.
        type_ (Literal['response.file_search_call.completed']): The type of the event. Always
            `response.file_search_call.completed`.
        sequence_number (int | None | Unset):
    """

    item_id: str
    output_index: int
    type_: Literal["response.file_search_call.completed"]
    sequence_number: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

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
                "item_id": item_id,
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
        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        type_ = cast("Literal['response.file_search_call.completed']", d.pop("type"))
        if type_ != "response.file_search_call.completed":
            raise ValueError(f"type must match const 'response.file_search_call.completed', got '{type_}'")

        sequence_number: int | None | Unset = d.pop("sequence_number", UNSET)

        response_file_search_call_completed_event = cls(
            item_id,
            output_index,
            type_,
            sequence_number,
        )

        response_file_search_call_completed_event.additional_properties = d
        return response_file_search_call_completed_event

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
