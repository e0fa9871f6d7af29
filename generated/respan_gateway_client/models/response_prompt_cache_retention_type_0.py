from typing import Literal, cast

ResponsePromptCacheRetentionType0 = Literal["24h", "in_memory"]

RESPONSE_PROMPT_CACHE_RETENTION_TYPE_0_VALUES: set[ResponsePromptCacheRetentionType0] = {
    "24h",
    "in_memory",
}


def check_response_prompt_cache_retention_type_0(value: str) -> ResponsePromptCacheRetentionType0:
    if isinstance(value, str):
        return cast("ResponsePromptCacheRetentionType0", value)
    raise TypeError(f"Expected a str for ResponsePromptCacheRetentionType0, got {type(value).__name__}")
