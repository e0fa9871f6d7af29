from typing import Literal, cast

ChatCompletionParamsFunctionCallType0 = Literal["auto", "none"]

CHAT_COMPLETION_PARAMS_FUNCTION_CALL_TYPE_0_VALUES: set[ChatCompletionParamsFunctionCallType0] = {
    "auto",
    "none",
}


def check_chat_completion_params_function_call_type_0(value: str) -> ChatCompletionParamsFunctionCallType0:
    if isinstance(value, str):
        return cast("ChatCompletionParamsFunctionCallType0", value)
    raise TypeError(f"Expected a str for ChatCompletionParamsFunctionCallType0, got {type(value).__name__}")
