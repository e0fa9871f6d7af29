from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResponseQueuedEvent")


@_attrs_define
class ResponseQueuedEvent:
    """
    Attributes:
        type_ (Literal['response.queued']):
        sequence_number (int): Position of the event in the stream, starting at 0 and increasing by one per event.
        response (Response): An OpenAI-compatible Response.
    """

    type_: Literal["response.queued"]
    sequence_number: int
    response: Response
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sequence_number = self.sequence_number

        response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sequence_number": sequence_number,
                "response": response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['response.queued']", d.pop("type"))
        if type_ != "response.queued":
            raise ValueError(f"type must match const 'response.queued', got '{type_}'")

        sequence_number = d.pop("sequence_number")

        response = Response.from_dict(d.pop("response"))

        response_queued_event = cls(
            type_=type_,
            sequence_number=sequence_number,
            response=response,
        )

        response_queued_event.additional_properties = d
        return response_queued_event

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


# Imported once ResponseQueuedEvent exists, so that models which contain each other load in either order.
from ..models.response import Response
