from typing import Literal, cast

OutputMessagePhaseType0 = Literal["commentary", "final_answer"]

OUTPUT_MESSAGE_PHASE_TYPE_0_VALUES: set[OutputMessagePhaseType0] = {
    "commentary",
    "final_answer",
}


def check_output_message_phase_type_0(value: str) -> OutputMessagePhaseType0:
    if isinstance(value, str):
        return cast("OutputMessagePhaseType0", value)
    raise TypeError(f"Expected a str for OutputMessagePhaseType0, got {type(value).__name__}")
