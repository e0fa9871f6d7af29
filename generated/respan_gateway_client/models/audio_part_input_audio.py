from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_part_input_audio_format import AudioPartInputAudioFormat, check_audio_part_input_audio_format

T = TypeVar("T", bound="AudioPartInputAudio")


@_attrs_define
class AudioPartInputAudio:
    """
    Attributes:
        data (str): Base64-encoded audio.
        format_ (AudioPartInputAudioFormat):
    """

    data: str
    format_: AudioPartInputAudioFormat
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        format_: str = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "format": format_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data")

        format_ = check_audio_part_input_audio_format(d.pop("format"))

        audio_part_input_audio = cls(
            data,
            format_,
        )

        audio_part_input_audio.additional_properties = d
        return audio_part_input_audio

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
