from typing import Literal, cast

ReasoningConfigGenerateSummaryType0 = Literal["auto", "concise", "detailed"]

REASONING_CONFIG_GENERATE_SUMMARY_TYPE_0_VALUES: set[ReasoningConfigGenerateSummaryType0] = {
    "auto",
    "concise",
    "detailed",
}


def check_reasoning_config_generate_summary_type_0(value: str) -> ReasoningConfigGenerateSummaryType0:
    if isinstance(value, str):
        return cast("ReasoningConfigGenerateSummaryType0", value)
    raise TypeError(f"Expected a str for ReasoningConfigGenerateSummaryType0, got {type(value).__name__}")
