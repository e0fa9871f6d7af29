from typing import Literal, cast

ResponseToolChoiceType0 = Literal["auto", "none", "required"]

RESPONSE_TOOL_CHOICE_TYPE_0_VALUES: set[ResponseToolChoiceType0] = {
    "auto",
    "none",
    "required",
}


def check_response_tool_choice_type_0(value: str) -> ResponseToolChoiceType0:
    if isinstance(value, str):
        return cast("ResponseToolChoiceType0", value)
    raise TypeError(f"Expected a str for ResponseToolChoiceType0, got {type(value).__name__}")
