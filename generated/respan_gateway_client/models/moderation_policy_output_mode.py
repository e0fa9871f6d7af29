from typing import Literal, cast

ModerationPolicyOutputMode = Literal["block", "score"]

MODERATION_POLICY_OUTPUT_MODE_VALUES: set[ModerationPolicyOutputMode] = {
    "block",
    "score",
}


def check_moderation_policy_output_mode(value: str) -> ModerationPolicyOutputMode:
    if isinstance(value, str):
        return cast("ModerationPolicyOutputMode", value)
    raise TypeError(f"Expected a str for ModerationPolicyOutputMode, got {type(value).__name__}")
