from typing import Literal, cast

ChatCompletionParamsReasoningEffort = Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"]

CHAT_COMPLETION_PARAMS_REASONING_EFFORT_VALUES: set[ChatCompletionParamsReasoningEffort] = {
    "high",
    "low",
    "max",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_chat_completion_params_reasoning_effort(value: str) -> ChatCompletionParamsReasoningEffort:
    if isinstance(value, str):
        return cast("ChatCompletionParamsReasoningEffort", value)
    raise TypeError(f"Expected a str for ChatCompletionParamsReasoningEffort, got {type(value).__name__}")
