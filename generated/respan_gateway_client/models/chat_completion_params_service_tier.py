from typing import Literal, cast

ChatCompletionParamsServiceTier = Literal["auto", "default", "fast", "flex", "priority", "scale"]

CHAT_COMPLETION_PARAMS_SERVICE_TIER_VALUES: set[ChatCompletionParamsServiceTier] = {
    "auto",
    "default",
    "fast",
    "flex",
    "priority",
    "scale",
}


def check_chat_completion_params_service_tier(value: str) -> ChatCompletionParamsServiceTier:
    if isinstance(value, str):
        return cast("ChatCompletionParamsServiceTier", value)
    raise TypeError(f"Expected a str for ChatCompletionParamsServiceTier, got {type(value).__name__}")
