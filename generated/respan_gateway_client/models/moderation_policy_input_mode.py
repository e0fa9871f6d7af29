from typing import Literal, cast

ModerationPolicyInputMode = Literal["block", "score"]

MODERATION_POLICY_INPUT_MODE_VALUES: set[ModerationPolicyInputMode] = {
    "block",
    "score",
}


def check_moderation_policy_input_mode(value: str) -> ModerationPolicyInputMode:
    if isinstance(value, str):
        return cast("ModerationPolicyInputMode", value)
    raise TypeError(f"Expected a str for ModerationPolicyInputMode, got {type(value).__name__}")
