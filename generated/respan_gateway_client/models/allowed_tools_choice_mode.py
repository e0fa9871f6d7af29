from typing import Literal, cast

AllowedToolsChoiceMode = Literal["auto", "required"]

ALLOWED_TOOLS_CHOICE_MODE_VALUES: set[AllowedToolsChoiceMode] = {
    "auto",
    "required",
}


def check_allowed_tools_choice_mode(value: str) -> AllowedToolsChoiceMode:
    if isinstance(value, str):
        return cast("AllowedToolsChoiceMode", value)
    raise TypeError(f"Expected a str for AllowedToolsChoiceMode, got {type(value).__name__}")
