from typing import Literal, cast

PromptCacheOptionsTtl = Literal["12h", "30m"]

PROMPT_CACHE_OPTIONS_TTL_VALUES: set[PromptCacheOptionsTtl] = {
    "12h",
    "30m",
}


def check_prompt_cache_options_ttl(value: str) -> PromptCacheOptionsTtl:
    if isinstance(value, str):
        return cast("PromptCacheOptionsTtl", value)
    raise TypeError(f"Expected a str for PromptCacheOptionsTtl, got {type(value).__name__}")
