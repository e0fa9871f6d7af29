from typing import Literal, cast

FunctionToolAllowedCallersType0Item = Literal["direct", "programmatic"]

FUNCTION_TOOL_ALLOWED_CALLERS_TYPE_0_ITEM_VALUES: set[FunctionToolAllowedCallersType0Item] = {
    "direct",
    "programmatic",
}


def check_function_tool_allowed_callers_type_0_item(value: str) -> FunctionToolAllowedCallersType0Item:
    if isinstance(value, str):
        return cast("FunctionToolAllowedCallersType0Item", value)
    raise TypeError(f"Expected a str for FunctionToolAllowedCallersType0Item, got {type(value).__name__}")
