from typing import Literal, cast

ItemStatus = Literal["completed", "in_progress", "incomplete"]

ITEM_STATUS_VALUES: set[ItemStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_item_status(value: str) -> ItemStatus:
    if isinstance(value, str):
        return cast("ItemStatus", value)
    raise TypeError(f"Expected a str for ItemStatus, got {type(value).__name__}")
