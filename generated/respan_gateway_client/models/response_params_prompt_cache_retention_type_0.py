from typing import Literal, cast

ResponseParamsPromptCacheRetentionType0 = Literal["24h", "in_memory"]

RESPONSE_PARAMS_PROMPT_CACHE_RETENTION_TYPE_0_VALUES: set[ResponseParamsPromptCacheRetentionType0] = {
    "24h",
    "in_memory",
}


def check_response_params_prompt_cache_retention_type_0(value: str) -> ResponseParamsPromptCacheRetentionType0:
    if isinstance(value, str):
        return cast("ResponseParamsPromptCacheRetentionType0", value)
    raise TypeError(f"Expected a str for ResponseParamsPromptCacheRetentionType0, got {type(value).__name__}")
