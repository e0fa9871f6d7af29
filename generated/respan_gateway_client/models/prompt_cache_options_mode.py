from typing import Literal, cast

PromptCacheOptionsMode = Literal["explicit", "implicit"]

PROMPT_CACHE_OPTIONS_MODE_VALUES: set[PromptCacheOptionsMode] = {
    "explicit",
    "implicit",
}


def check_prompt_cache_options_mode(value: str) -> PromptCacheOptionsMode:
    if isinstance(value, str):
        return cast("PromptCacheOptionsMode", value)
    raise TypeError(f"Expected a str for PromptCacheOptionsMode, got {type(value).__name__}")
