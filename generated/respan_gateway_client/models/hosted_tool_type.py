from typing import Literal

HostedToolType = Literal[
    "code_interpreter",
    "computer_use_preview",
    "file_search",
    "image_generation",
    "mcp",
    "web_search",
    "web_search_preview",
]

HOSTED_TOOL_TYPE_VALUES: set[HostedToolType] = {
    "code_interpreter",
    "computer_use_preview",
    "file_search",
    "image_generation",
    "mcp",
    "web_search",
    "web_search_preview",
}


def check_hosted_tool_type(value: str) -> HostedToolType:
    if value in HOSTED_TOOL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HOSTED_TOOL_TYPE_VALUES!r}")
