from typing import Literal, cast

ChatCompletionParamsVerbosityType0 = Literal["high", "low", "medium"]

CHAT_COMPLETION_PARAMS_VERBOSITY_TYPE_0_VALUES: set[ChatCompletionParamsVerbosityType0] = {
    "high",
    "low",
    "medium",
}


def check_chat_completion_params_verbosity_type_0(value: str) -> ChatCompletionParamsVerbosityType0:
    if isinstance(value, str):
        return cast("ChatCompletionParamsVerbosityType0", value)
    raise TypeError(f"Expected a str for ChatCompletionParamsVerbosityType0, got {type(value).__name__}")
