from typing import Literal, cast

ReasoningConfigModeType0 = Literal["pro", "standard"]

REASONING_CONFIG_MODE_TYPE_0_VALUES: set[ReasoningConfigModeType0] = {
    "pro",
    "standard",
}


def check_reasoning_config_mode_type_0(value: str) -> ReasoningConfigModeType0:
    if isinstance(value, str):
        return cast("ReasoningConfigModeType0", value)
    raise TypeError(f"Expected a str for ReasoningConfigModeType0, got {type(value).__name__}")
