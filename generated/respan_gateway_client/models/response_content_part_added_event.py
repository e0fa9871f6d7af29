from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseContentPartAddedEvent")


@_attrs_define
class ResponseContentPartAddedEvent:
    """
    Attributes:
        type_ (Literal['response.content_part.added']):
        item_id (str):
        output_index (int):
        content_index (int):
        part (OutputRefusal | OutputText | ReasoningText | UnknownOutputContent):
        sequence_number (int | None | Unset):
    """

    type_: Literal["response.content_part.added"]
    item_id: str
    output_index: int
    content_index: int
    part: OutputRefusal | OutputText | ReasoningText | UnknownOutputContent
    sequence_number: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        item_id = self.item_id

        output_index = self.output_index

        content_index = self.content_index

        part: dict[str, Any]
        if isinstance(self.part, OutputText):
            part = self.part.to_dict()
        elif isinstance(self.part, OutputRefusal):
            part = self.part.to_dict()
        elif isinstance(self.part, ReasoningText):
            part = self.part.to_dict()
        else:
            part = self.part.to_dict()

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
                "part": part,
            }
        )
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['response.content_part.added']", d.pop("type"))
        if type_ != "response.content_part.added":
            raise ValueError(f"type must match const 'response.content_part.added', got '{type_}'")

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        content_index = d.pop("content_index")

        def _parse_part(data: object) -> OutputRefusal | OutputText | ReasoningText | UnknownOutputContent:
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind == "output_text":
                        return OutputText.from_dict(data)
                    if kind == "refusal":
                        return OutputRefusal.from_dict(data)
                    if kind == "reasoning_text":
                        return ReasoningText.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

            if isinstance(data, dict):
                return UnknownOutputContent.from_dict(data)
            raise TypeError(f"expected one of the forms of part, got {type(data).__name__}")

        part = _parse_part(d.pop("part"))

        sequence_number: int | None | Unset = d.pop("sequence_number", UNSET)

        response_content_part_added_event = cls(
            type_,
            item_id,
            output_index,
            content_index,
            part,
            sequence_number,
        )

        response_content_part_added_event.additional_properties = d
        return response_content_part_added_event

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


# Imported once ResponseContentPartAddedEvent exists, so that models which contain each other load in either order.
from ..models.output_refusal import OutputRefusal
from ..models.output_text import OutputText
from ..models.reasoning_text import ReasoningText
from ..models.unknown_output_content import UnknownOutputContent
