from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseReasoningSummaryPartDoneEvent")


@_attrs_define
class ResponseReasoningSummaryPartDoneEvent:
    """
    Attributes:
        type_ (Literal['response.reasoning_summary_part.done']):
        item_id (str):
        output_index (int):
        summary_index (int):
        part (SummaryText):
        sequence_number (int | None | Unset):
        status (Literal['incomplete'] | None | Unset): The completion status of the summary part.

            Omitted when the part completed normally and set to `incomplete` when generation was interrupted.
    """

    type_: Literal["response.reasoning_summary_part.done"]
    item_id: str
    output_index: int
    summary_index: int
    part: SummaryText
    sequence_number: int | None | Unset = UNSET
    status: Literal["incomplete"] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        item_id = self.item_id

        output_index = self.output_index

        summary_index = self.summary_index

        part = self.part.to_dict()

        sequence_number: int | None | Unset
        if isinstance(self.sequence_number, Unset):
            sequence_number = UNSET
        else:
            sequence_number = self.sequence_number

        status: Literal["incomplete"] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "item_id": item_id,
                "output_index": output_index,
                "summary_index": summary_index,
                "part": part,
            }
        )
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['response.reasoning_summary_part.done']", d.pop("type"))
        if type_ != "response.reasoning_summary_part.done":
            raise ValueError(f"type must match const 'response.reasoning_summary_part.done', got '{type_}'")

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        summary_index = d.pop("summary_index")

        part = SummaryText.from_dict(d.pop("part"))

        sequence_number: int | None | Unset = d.pop("sequence_number", UNSET)

        def _parse_status(data: object) -> Literal["incomplete"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            status_type_0 = cast("Literal['incomplete']", data)
            if status_type_0 != "incomplete":
                raise ValueError(f"status_type_0 must match const 'incomplete', got '{status_type_0}'")
            return status_type_0

            return cast("Literal['incomplete'] | None | Unset", data)

        status = _parse_status(d.pop("status", UNSET))

        response_reasoning_summary_part_done_event = cls(
            type_,
            item_id,
            output_index,
            summary_index,
            part,
            sequence_number,
            status,
        )

        response_reasoning_summary_part_done_event.additional_properties = d
        return response_reasoning_summary_part_done_event

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


# Imported once ResponseReasoningSummaryPartDoneEvent exists, so that models which contain each other load in either order.
from ..models.summary_text import SummaryText
