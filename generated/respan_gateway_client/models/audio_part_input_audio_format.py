from typing import Literal, cast

AudioPartInputAudioFormat = Literal["mp3", "wav"]

AUDIO_PART_INPUT_AUDIO_FORMAT_VALUES: set[AudioPartInputAudioFormat] = {
    "mp3",
    "wav",
}


def check_audio_part_input_audio_format(value: str) -> AudioPartInputAudioFormat:
    if isinstance(value, str):
        return cast("AudioPartInputAudioFormat", value)
    raise TypeError(f"Expected a str for AudioPartInputAudioFormat, got {type(value).__name__}")
