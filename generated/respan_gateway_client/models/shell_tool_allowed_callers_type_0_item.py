from typing import Literal, cast

ShellToolAllowedCallersType0Item = Literal["direct", "programmatic"]

SHELL_TOOL_ALLOWED_CALLERS_TYPE_0_ITEM_VALUES: set[ShellToolAllowedCallersType0Item] = {
    "direct",
    "programmatic",
}


def check_shell_tool_allowed_callers_type_0_item(value: str) -> ShellToolAllowedCallersType0Item:
    if isinstance(value, str):
        return cast("ShellToolAllowedCallersType0Item", value)
    raise TypeError(f"Expected a str for ShellToolAllowedCallersType0Item, got {type(value).__name__}")
