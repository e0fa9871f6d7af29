from typing import Literal, cast

ChatAudioParamsVoiceType0 = Literal[
    "alloy", "ash", "ballad", "cedar", "coral", "echo", "marin", "sage", "shimmer", "verse"
]

CHAT_AUDIO_PARAMS_VOICE_TYPE_0_VALUES: set[ChatAudioParamsVoiceType0] = {
    "alloy",
    "ash",
    "ballad",
    "cedar",
    "coral",
    "echo",
    "marin",
    "sage",
    "shimmer",
    "verse",
}


def check_chat_audio_params_voice_type_0(value: str) -> ChatAudioParamsVoiceType0:
    if isinstance(value, str):
        return cast("ChatAudioParamsVoiceType0", value)
    raise TypeError(f"Expected a str for ChatAudioParamsVoiceType0, got {type(value).__name__}")
