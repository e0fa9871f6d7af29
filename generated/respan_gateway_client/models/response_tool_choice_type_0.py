from typing import Literal

ResponseToolChoiceType0 = Literal["auto", "none", "required"]

RESPONSE_TOOL_CHOICE_TYPE_0_VALUES: set[ResponseToolChoiceType0] = {
    "auto",
    "none",
    "required",
}


def check_response_tool_choice_type_0(value: str) -> ResponseToolChoiceType0:
    if value in RESPONSE_TOOL_CHOICE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_TOOL_CHOICE_TYPE_0_VALUES!r}")
