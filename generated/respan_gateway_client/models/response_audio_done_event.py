from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseAudioDoneEvent")


@_attrs_define
class ResponseAudioDoneEvent:
    """Emitted when the audio response is complete.

    Attributes:
        type_ (Literal['response.audio.done']): The type of the event. Always `response.audio.done`.
        sequence_number (int | None | Unset):
    """

    type_: Literal["response.audio.done"]
    sequence_number: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
                "type": type_,
            }
        )
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['response.audio.done']", d.pop("type"))
        if type_ != "response.audio.done":
            raise ValueError(f"type must match const 'response.audio.done', got '{type_}'")

        sequence_number: int | None | Unset = d.pop("sequence_number", UNSET)

        response_audio_done_event = cls(
            type_,
            sequence_number,
        )

        response_audio_done_event.additional_properties = d
        return response_audio_done_event

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
