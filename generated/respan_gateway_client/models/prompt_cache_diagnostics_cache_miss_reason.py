from typing import Literal, cast

PromptCacheDiagnosticsCacheMissReason = Literal[
    "context_compacted",
    "input_changed",
    "model_changed",
    "prompt_cache_key_changed",
    "reasoning_effort_changed",
    "service_tier_changed",
    "text_format_changed",
    "tools_changed",
    "verbosity_changed",
]

PROMPT_CACHE_DIAGNOSTICS_CACHE_MISS_REASON_VALUES: set[PromptCacheDiagnosticsCacheMissReason] = {
    "context_compacted",
    "input_changed",
    "model_changed",
    "prompt_cache_key_changed",
    "reasoning_effort_changed",
    "service_tier_changed",
    "text_format_changed",
    "tools_changed",
    "verbosity_changed",
}


def check_prompt_cache_diagnostics_cache_miss_reason(value: str) -> PromptCacheDiagnosticsCacheMissReason:
    if isinstance(value, str):
        return cast("PromptCacheDiagnosticsCacheMissReason", value)
    raise TypeError(f"Expected a str for PromptCacheDiagnosticsCacheMissReason, got {type(value).__name__}")
