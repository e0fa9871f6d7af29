from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResponseOutputItemAddedEvent")


@_attrs_define
class ResponseOutputItemAddedEvent:
    """
    Attributes:
        type_ (Literal['response.output_item.added']):
        sequence_number (int): Position of the event in the stream, starting at 0 and increasing by one per event.
        output_index (int):
        item (FunctionCallItem | OutputMessage | ReasoningItem):
    """

    type_: Literal["response.output_item.added"]
    sequence_number: int
    output_index: int
    item: FunctionCallItem | OutputMessage | ReasoningItem
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sequence_number = self.sequence_number

        output_index = self.output_index

        item: dict[str, Any]
        if isinstance(self.item, OutputMessage):
            item = self.item.to_dict()
        elif isinstance(self.item, FunctionCallItem):
            item = self.item.to_dict()
        else:
            item = self.item.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sequence_number": sequence_number,
                "output_index": output_index,
                "item": item,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['response.output_item.added']", d.pop("type"))
        if type_ != "response.output_item.added":
            raise ValueError(f"type must match const 'response.output_item.added', got '{type_}'")

        sequence_number = d.pop("sequence_number")

        output_index = d.pop("output_index")

        def _parse_item(data: object) -> FunctionCallItem | OutputMessage | ReasoningItem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_0 = OutputMessage.from_dict(data)

                return componentsschemas_output_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_item_type_1 = FunctionCallItem.from_dict(data)

                return componentsschemas_output_item_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_output_item_type_2 = ReasoningItem.from_dict(data)

            return componentsschemas_output_item_type_2

        item = _parse_item(d.pop("item"))

        response_output_item_added_event = cls(
            type_=type_,
            sequence_number=sequence_number,
            output_index=output_index,
            item=item,
        )

        response_output_item_added_event.additional_properties = d
        return response_output_item_added_event

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


# Imported once ResponseOutputItemAddedEvent exists, so that models which contain each other load in either order.
from ..models.function_call_item import FunctionCallItem
from ..models.output_message import OutputMessage
from ..models.reasoning_item import ReasoningItem
