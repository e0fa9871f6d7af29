from typing import Literal, cast

ReasoningConfigEffort = Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"]

REASONING_CONFIG_EFFORT_VALUES: set[ReasoningConfigEffort] = {
    "high",
    "low",
    "max",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_reasoning_config_effort(value: str) -> ReasoningConfigEffort:
    if isinstance(value, str):
        return cast("ReasoningConfigEffort", value)
    raise TypeError(f"Expected a str for ReasoningConfigEffort, got {type(value).__name__}")
