from typing import Literal, cast

HostedToolChoiceType = Literal[
    "code_interpreter",
    "computer",
    "computer_use",
    "computer_use_preview",
    "file_search",
    "image_generation",
    "web_search_preview",
    "web_search_preview_2025_03_11",
]

HOSTED_TOOL_CHOICE_TYPE_VALUES: set[HostedToolChoiceType] = {
    "code_interpreter",
    "computer",
    "computer_use",
    "computer_use_preview",
    "file_search",
    "image_generation",
    "web_search_preview",
    "web_search_preview_2025_03_11",
}


def check_hosted_tool_choice_type(value: str) -> HostedToolChoiceType:
    if isinstance(value, str):
        return cast("HostedToolChoiceType", value)
    raise TypeError(f"Expected a str for HostedToolChoiceType, got {type(value).__name__}")
