from typing import Literal

AudioPartInputAudioFormat = Literal["mp3", "wav"]

AUDIO_PART_INPUT_AUDIO_FORMAT_VALUES: set[AudioPartInputAudioFormat] = {
    "mp3",
    "wav",
}


def check_audio_part_input_audio_format(value: str) -> AudioPartInputAudioFormat:
    if value in AUDIO_PART_INPUT_AUDIO_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUDIO_PART_INPUT_AUDIO_FORMAT_VALUES!r}")
