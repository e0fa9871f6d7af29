from typing import Literal, cast

ApplyPatchToolAllowedCallersType0Item = Literal["direct", "programmatic"]

APPLY_PATCH_TOOL_ALLOWED_CALLERS_TYPE_0_ITEM_VALUES: set[ApplyPatchToolAllowedCallersType0Item] = {
    "direct",
    "programmatic",
}


def check_apply_patch_tool_allowed_callers_type_0_item(value: str) -> ApplyPatchToolAllowedCallersType0Item:
    if isinstance(value, str):
        return cast("ApplyPatchToolAllowedCallersType0Item", value)
    raise TypeError(f"Expected a str for ApplyPatchToolAllowedCallersType0Item, got {type(value).__name__}")
