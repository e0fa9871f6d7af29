from typing import Literal, cast

ApplyPatchCallOutputStatus = Literal["completed", "failed"]

APPLY_PATCH_CALL_OUTPUT_STATUS_VALUES: set[ApplyPatchCallOutputStatus] = {
    "completed",
    "failed",
}


def check_apply_patch_call_output_status(value: str) -> ApplyPatchCallOutputStatus:
    if isinstance(value, str):
        return cast("ApplyPatchCallOutputStatus", value)
    raise TypeError(f"Expected a str for ApplyPatchCallOutputStatus, got {type(value).__name__}")
