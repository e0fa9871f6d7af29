from typing import Literal

ReasoningConfigEffort = Literal["high", "low", "medium", "minimal"]

REASONING_CONFIG_EFFORT_VALUES: set[ReasoningConfigEffort] = {
    "high",
    "low",
    "medium",
    "minimal",
}


def check_reasoning_config_effort(value: str) -> ReasoningConfigEffort:
    if value in REASONING_CONFIG_EFFORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REASONING_CONFIG_EFFORT_VALUES!r}")
