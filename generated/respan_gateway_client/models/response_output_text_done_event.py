from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseOutputTextDoneEvent")


@_attrs_define
class ResponseOutputTextDoneEvent:
    """
    Attributes:
        type_ (Literal['response.output_text.done']):
        item_id (str):
        output_index (int):
        content_index (int):
        text (str):
        sequence_number (int | Unset): Position of the event in the stream, starting at 0 and increasing by one per
            event.
        logprobs (list[ResponseLogprob] | Unset):
    """

    type_: Literal["response.output_text.done"]
    item_id: str
    output_index: int
    content_index: int
    text: str
    sequence_number: int | Unset = UNSET
    logprobs: list[ResponseLogprob] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        item_id = self.item_id

        output_index = self.output_index

        content_index = self.content_index

        text = self.text

        sequence_number = self.sequence_number

        logprobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.logprobs, Unset):
            logprobs = []
            for logprobs_item_data in self.logprobs:
                logprobs_item = logprobs_item_data.to_dict()
                logprobs.append(logprobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "item_id": item_id,
                "output_index": output_index,
                "content_index": content_index,
                "text": text,
            }
        )
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['response.output_text.done']", d.pop("type"))
        if type_ != "response.output_text.done":
            raise ValueError(f"type must match const 'response.output_text.done', got '{type_}'")

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        content_index = d.pop("content_index")

        text = d.pop("text")

        sequence_number = d.pop("sequence_number", UNSET)

        _logprobs = d.pop("logprobs", UNSET)
        logprobs: list[ResponseLogprob] | Unset = UNSET
        if _logprobs is not UNSET:
            logprobs = []
            for logprobs_item_data in _logprobs:
                logprobs_item = ResponseLogprob.from_dict(logprobs_item_data)

                logprobs.append(logprobs_item)

        response_output_text_done_event = cls(
            type_,
            item_id,
            output_index,
            content_index,
            text,
            sequence_number,
            logprobs,
        )

        response_output_text_done_event.additional_properties = d
        return response_output_text_done_event

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


# Imported once ResponseOutputTextDoneEvent exists, so that models which contain each other load in either order.
from ..models.response_logprob import ResponseLogprob
