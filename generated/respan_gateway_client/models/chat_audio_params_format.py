from typing import Literal, cast

ChatAudioParamsFormat = Literal["aac", "flac", "mp3", "opus", "pcm16", "wav"]

CHAT_AUDIO_PARAMS_FORMAT_VALUES: set[ChatAudioParamsFormat] = {
    "aac",
    "flac",
    "mp3",
    "opus",
    "pcm16",
    "wav",
}


def check_chat_audio_params_format(value: str) -> ChatAudioParamsFormat:
    if isinstance(value, str):
        return cast("ChatAudioParamsFormat", value)
    raise TypeError(f"Expected a str for ChatAudioParamsFormat, got {type(value).__name__}")
