from typing import Literal, cast

ChatToolChoiceType0 = Literal["auto", "none", "required"]

CHAT_TOOL_CHOICE_TYPE_0_VALUES: set[ChatToolChoiceType0] = {
    "auto",
    "none",
    "required",
}


def check_chat_tool_choice_type_0(value: str) -> ChatToolChoiceType0:
    if isinstance(value, str):
        return cast("ChatToolChoiceType0", value)
    raise TypeError(f"Expected a str for ChatToolChoiceType0, got {type(value).__name__}")
