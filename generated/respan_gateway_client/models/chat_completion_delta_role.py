from typing import Literal, cast

ChatCompletionDeltaRole = Literal["assistant", "developer", "system", "tool", "user"]

CHAT_COMPLETION_DELTA_ROLE_VALUES: set[ChatCompletionDeltaRole] = {
    "assistant",
    "developer",
    "system",
    "tool",
    "user",
}


def check_chat_completion_delta_role(value: str) -> ChatCompletionDeltaRole:
    if isinstance(value, str):
        return cast("ChatCompletionDeltaRole", value)
    raise TypeError(f"Expected a str for ChatCompletionDeltaRole, got {type(value).__name__}")
