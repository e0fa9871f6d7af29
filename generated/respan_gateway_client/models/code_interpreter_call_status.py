from typing import Literal, cast

CodeInterpreterCallStatus = Literal["completed", "failed", "in_progress", "incomplete", "interpreting"]

CODE_INTERPRETER_CALL_STATUS_VALUES: set[CodeInterpreterCallStatus] = {
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "interpreting",
}


def check_code_interpreter_call_status(value: str) -> CodeInterpreterCallStatus:
    if isinstance(value, str):
        return cast("CodeInterpreterCallStatus", value)
    raise TypeError(f"Expected a str for CodeInterpreterCallStatus, got {type(value).__name__}")
