from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_audio_params_format import ChatAudioParamsFormat, check_chat_audio_params_format
from ..models.chat_audio_params_voice_type_0 import ChatAudioParamsVoiceType0

T = TypeVar("T", bound="ChatAudioParams")


@_attrs_define
class ChatAudioParams:
    """Parameters for audio output.

    Required when audio output is requested with `modalities: ["audio"]`. [Learn
    more](https://developers.openai.com/api/docs/guides/audio).

        Attributes:
            format_ (ChatAudioParamsFormat): Specifies the output audio format.

                Must be one of `wav`, `mp3`, `flac`, `opus`, or `pcm16`.
            voice (ChatAudioCustomVoice | ChatAudioParamsVoiceType0 | str): The voice the model uses to respond.

                Supported built-in voices are `alloy`, `ash`, `ballad`, `coral`, `echo`, `fable`, `nova`, `onyx`, `sage`,
                `shimmer`, `marin`, and `cedar`. You may also provide a custom voice object with an `id`, for example `{ "id":
                "voice_1234" }`. Custom voices must be created from audio samples. Voices created from text prompts are
                supported only in Live.
    """

    format_: ChatAudioParamsFormat
    voice: ChatAudioCustomVoice | ChatAudioParamsVoiceType0 | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_: str = self.format_

        voice: dict[str, Any] | str
        if isinstance(self.voice, str):
            voice = self.voice
        elif isinstance(self.voice, ChatAudioCustomVoice):
            voice = self.voice.to_dict()
        else:
            voice = self.voice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
                "voice": voice,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        format_ = check_chat_audio_params_format(d.pop("format"))

        voice: ChatAudioCustomVoice | ChatAudioParamsVoiceType0 | str = d.pop("voice")
        if isinstance(voice, dict):
            try:
                voice = ChatAudioCustomVoice.from_dict(voice)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ChatAudioCustomVoice: kept as it came

        chat_audio_params = cls(
            format_,
            voice,
        )

        chat_audio_params.additional_properties = d
        return chat_audio_params

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


# Imported once ChatAudioParams exists, so that models which contain each other load in either order.
from ..models.chat_audio_custom_voice import ChatAudioCustomVoice
