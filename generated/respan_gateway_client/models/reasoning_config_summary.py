from typing import Literal, cast

ReasoningConfigSummary = Literal["auto", "concise", "detailed"]

REASONING_CONFIG_SUMMARY_VALUES: set[ReasoningConfigSummary] = {
    "auto",
    "concise",
    "detailed",
}


def check_reasoning_config_summary(value: str) -> ReasoningConfigSummary:
    if isinstance(value, str):
        return cast("ReasoningConfigSummary", value)
    raise TypeError(f"Expected a str for ReasoningConfigSummary, got {type(value).__name__}")
