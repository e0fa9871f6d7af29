from typing import Literal

ChatCompletionParamsServiceTier = Literal["auto", "default", "flex", "priority"]

CHAT_COMPLETION_PARAMS_SERVICE_TIER_VALUES: set[ChatCompletionParamsServiceTier] = {
    "auto",
    "default",
    "flex",
    "priority",
}


def check_chat_completion_params_service_tier(value: str) -> ChatCompletionParamsServiceTier:
    if value in CHAT_COMPLETION_PARAMS_SERVICE_TIER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_PARAMS_SERVICE_TIER_VALUES!r}")
