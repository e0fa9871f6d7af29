from typing import Literal

ReasoningConfigSummary = Literal["auto", "concise", "detailed"]

REASONING_CONFIG_SUMMARY_VALUES: set[ReasoningConfigSummary] = {
    "auto",
    "concise",
    "detailed",
}


def check_reasoning_config_summary(value: str) -> ReasoningConfigSummary:
    if value in REASONING_CONFIG_SUMMARY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REASONING_CONFIG_SUMMARY_VALUES!r}")
