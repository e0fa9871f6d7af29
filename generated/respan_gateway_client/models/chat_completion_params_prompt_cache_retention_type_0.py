from typing import Literal, cast

ChatCompletionParamsPromptCacheRetentionType0 = Literal["24h", "in_memory"]

CHAT_COMPLETION_PARAMS_PROMPT_CACHE_RETENTION_TYPE_0_VALUES: set[ChatCompletionParamsPromptCacheRetentionType0] = {
    "24h",
    "in_memory",
}


def check_chat_completion_params_prompt_cache_retention_type_0(
    value: str,
) -> ChatCompletionParamsPromptCacheRetentionType0:
    if isinstance(value, str):
        return cast("ChatCompletionParamsPromptCacheRetentionType0", value)
    raise TypeError(f"Expected a str for ChatCompletionParamsPromptCacheRetentionType0, got {type(value).__name__}")
