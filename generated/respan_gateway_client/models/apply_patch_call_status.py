from typing import Literal, cast

ApplyPatchCallStatus = Literal["completed", "in_progress"]

APPLY_PATCH_CALL_STATUS_VALUES: set[ApplyPatchCallStatus] = {
    "completed",
    "in_progress",
}


def check_apply_patch_call_status(value: str) -> ApplyPatchCallStatus:
    if isinstance(value, str):
        return cast("ApplyPatchCallStatus", value)
    raise TypeError(f"Expected a str for ApplyPatchCallStatus, got {type(value).__name__}")
