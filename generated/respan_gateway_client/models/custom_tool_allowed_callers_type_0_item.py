from typing import Literal, cast

CustomToolAllowedCallersType0Item = Literal["direct", "programmatic"]

CUSTOM_TOOL_ALLOWED_CALLERS_TYPE_0_ITEM_VALUES: set[CustomToolAllowedCallersType0Item] = {
    "direct",
    "programmatic",
}


def check_custom_tool_allowed_callers_type_0_item(value: str) -> CustomToolAllowedCallersType0Item:
    if isinstance(value, str):
        return cast("CustomToolAllowedCallersType0Item", value)
    raise TypeError(f"Expected a str for CustomToolAllowedCallersType0Item, got {type(value).__name__}")
