from typing import Literal

ChatCompletionParamsReasoningEffort = Literal["high", "low", "medium", "minimal"]

CHAT_COMPLETION_PARAMS_REASONING_EFFORT_VALUES: set[ChatCompletionParamsReasoningEffort] = {
    "high",
    "low",
    "medium",
    "minimal",
}


def check_chat_completion_params_reasoning_effort(value: str) -> ChatCompletionParamsReasoningEffort:
    if value in CHAT_COMPLETION_PARAMS_REASONING_EFFORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_PARAMS_REASONING_EFFORT_VALUES!r}")
