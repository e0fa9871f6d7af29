from typing import Literal, cast

FilePromptCacheBreakpointTtl = Literal["12h", "30m"]

FILE_PROMPT_CACHE_BREAKPOINT_TTL_VALUES: set[FilePromptCacheBreakpointTtl] = {
    "12h",
    "30m",
}


def check_file_prompt_cache_breakpoint_ttl(value: str) -> FilePromptCacheBreakpointTtl:
    if isinstance(value, str):
        return cast("FilePromptCacheBreakpointTtl", value)
    raise TypeError(f"Expected a str for FilePromptCacheBreakpointTtl, got {type(value).__name__}")
