from typing import Literal, cast

PromptCacheBreakpointTtl = Literal["12h", "30m"]

PROMPT_CACHE_BREAKPOINT_TTL_VALUES: set[PromptCacheBreakpointTtl] = {
    "12h",
    "30m",
}


def check_prompt_cache_breakpoint_ttl(value: str) -> PromptCacheBreakpointTtl:
    if isinstance(value, str):
        return cast("PromptCacheBreakpointTtl", value)
    raise TypeError(f"Expected a str for PromptCacheBreakpointTtl, got {type(value).__name__}")
