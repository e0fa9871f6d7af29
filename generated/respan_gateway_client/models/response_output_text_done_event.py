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
        sequence_number (int | None | Unset):
        logprobs (list[ResponseLogprob] | None | Unset):
    """

    type_: Literal["response.output_text.done"]
    item_id: str
    output_index: int
    content_index: int
    text: str
    sequence_number: int | None | Unset = UNSET
    logprobs: list[ResponseLogprob] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        item_id = self.item_id

        output_index = self.output_index

        content_index = self.content_index

        text = self.text

        sequence_number: int | None | Unset
        if isinstance(self.sequence_number, Unset):
            sequence_number = UNSET
        else:
            sequence_number = self.sequence_number

        logprobs: list[dict[str, Any]] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(self.logprobs, list):
            logprobs = []
            for logprobs_type_0_item_data in self.logprobs:
                logprobs_type_0_item = logprobs_type_0_item_data.to_dict()
                logprobs.append(logprobs_type_0_item)

        else:
            logprobs = self.logprobs

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

        sequence_number: int | None | Unset = d.pop("sequence_number", UNSET)

        _logprobs = d.pop("logprobs", UNSET)
        logprobs: list[ResponseLogprob] | None | Unset = _logprobs
        if isinstance(_logprobs, list):
            try:
                logprobs_type_0 = []
                _logprobs_type_0 = _logprobs
                for logprobs_type_0_item_data in _logprobs_type_0:
                    logprobs_type_0_item = ResponseLogprob.from_dict(logprobs_type_0_item_data)

                    logprobs_type_0.append(logprobs_type_0_item)

                logprobs = logprobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

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
