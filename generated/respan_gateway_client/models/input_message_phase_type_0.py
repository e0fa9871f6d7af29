from typing import Literal, cast

InputMessagePhaseType0 = Literal["commentary", "final_answer"]

INPUT_MESSAGE_PHASE_TYPE_0_VALUES: set[InputMessagePhaseType0] = {
    "commentary",
    "final_answer",
}


def check_input_message_phase_type_0(value: str) -> InputMessagePhaseType0:
    if isinstance(value, str):
        return cast("InputMessagePhaseType0", value)
    raise TypeError(f"Expected a str for InputMessagePhaseType0, got {type(value).__name__}")
