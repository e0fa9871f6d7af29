from typing import Literal, cast

ChatAllowedToolsMode = Literal["auto", "required"]

CHAT_ALLOWED_TOOLS_MODE_VALUES: set[ChatAllowedToolsMode] = {
    "auto",
    "required",
}


def check_chat_allowed_tools_mode(value: str) -> ChatAllowedToolsMode:
    if isinstance(value, str):
        return cast("ChatAllowedToolsMode", value)
    raise TypeError(f"Expected a str for ChatAllowedToolsMode, got {type(value).__name__}")
