from typing import Literal, cast

InputMessageRole = Literal["assistant", "developer", "system", "user"]

INPUT_MESSAGE_ROLE_VALUES: set[InputMessageRole] = {
    "assistant",
    "developer",
    "system",
    "user",
}


def check_input_message_role(value: str) -> InputMessageRole:
    if isinstance(value, str):
        return cast("InputMessageRole", value)
    raise TypeError(f"Expected a str for InputMessageRole, got {type(value).__name__}")
