from typing import Literal, cast

AdditionalToolsRole = Literal["assistant", "critic", "developer", "discriminator", "system", "tool", "unknown", "user"]

ADDITIONAL_TOOLS_ROLE_VALUES: set[AdditionalToolsRole] = {
    "assistant",
    "critic",
    "developer",
    "discriminator",
    "system",
    "tool",
    "unknown",
    "user",
}


def check_additional_tools_role(value: str) -> AdditionalToolsRole:
    if isinstance(value, str):
        return cast("AdditionalToolsRole", value)
    raise TypeError(f"Expected a str for AdditionalToolsRole, got {type(value).__name__}")
