from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseRefusalDoneEvent")


@_attrs_define
class ResponseRefusalDoneEvent:
    """
    Attributes:
        type_ (Literal['response.refusal.done']):
        item_id (str):
        output_index (int):
        content_index (int):
        refusal (str):
        sequence_number (int | None | Unset):
    """

    type_: Literal["response.refusal.done"]
    item_id: str
    output_index: int
    content_index: int
    refusal: str
    sequence_number: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        item_id = self.item_id

        output_index = self.output_index

        content_index = self.content_index

        refusal = self.refusal

        sequence_number: int | None | Unset
        if isinstance(self.sequence_number, Unset):
            sequence_number = UNSET
        else:
            sequence_number = self.sequence_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "item_id": item_id,
                "output_index": output_index,
                "content_index": content_index,
                "refusal": refusal,
            }
        )
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['response.refusal.done']", d.pop("type"))
        if type_ != "response.refusal.done":
            raise ValueError(f"type must match const 'response.refusal.done', got '{type_}'")

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        content_index = d.pop("content_index")

        refusal = d.pop("refusal")

        sequence_number: int | None | Unset = d.pop("sequence_number", UNSET)

        response_refusal_done_event = cls(
            type_,
            item_id,
            output_index,
            content_index,
            refusal,
            sequence_number,
        )

        response_refusal_done_event.additional_properties = d
        return response_refusal_done_event

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
