from typing import Literal, cast

ConfigurationUpdateReasoningEffortType0 = Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"]

CONFIGURATION_UPDATE_REASONING_EFFORT_TYPE_0_VALUES: set[ConfigurationUpdateReasoningEffortType0] = {
    "high",
    "low",
    "max",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_configuration_update_reasoning_effort_type_0(value: str) -> ConfigurationUpdateReasoningEffortType0:
    if isinstance(value, str):
        return cast("ConfigurationUpdateReasoningEffortType0", value)
    raise TypeError(f"Expected a str for ConfigurationUpdateReasoningEffortType0, got {type(value).__name__}")
