from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseAudioDeltaEvent")


@_attrs_define
class ResponseAudioDeltaEvent:
    """Emitted when there is a partial audio response.

    Attributes:
        delta (str): A chunk of Base64 encoded response audio bytes.
        type_ (Literal['response.audio.delta']): The type of the event. Always `response.audio.delta`.
        sequence_number (int | None | Unset):
    """

    delta: str
    type_: Literal["response.audio.delta"]
    sequence_number: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delta = self.delta

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
                "delta": delta,
                "type": type_,
            }
        )
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delta = d.pop("delta")

        type_ = cast("Literal['response.audio.delta']", d.pop("type"))
        if type_ != "response.audio.delta":
            raise ValueError(f"type must match const 'response.audio.delta', got '{type_}'")

        sequence_number: int | None | Unset = d.pop("sequence_number", UNSET)

        response_audio_delta_event = cls(
            delta,
            type_,
            sequence_number,
        )

        response_audio_delta_event.additional_properties = d
        return response_audio_delta_event

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
