from typing import Literal, cast

ReasoningConfigContextType0 = Literal["all_turns", "auto", "current_turn"]

REASONING_CONFIG_CONTEXT_TYPE_0_VALUES: set[ReasoningConfigContextType0] = {
    "all_turns",
    "auto",
    "current_turn",
}


def check_reasoning_config_context_type_0(value: str) -> ReasoningConfigContextType0:
    if isinstance(value, str):
        return cast("ReasoningConfigContextType0", value)
    raise TypeError(f"Expected a str for ReasoningConfigContextType0, got {type(value).__name__}")
