from typing import Literal, cast

FunctionCallOutputItemStatus = Literal["completed", "in_progress", "incomplete"]

FUNCTION_CALL_OUTPUT_ITEM_STATUS_VALUES: set[FunctionCallOutputItemStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_function_call_output_item_status(value: str) -> FunctionCallOutputItemStatus:
    if isinstance(value, str):
        return cast("FunctionCallOutputItemStatus", value)
    raise TypeError(f"Expected a str for FunctionCallOutputItemStatus, got {type(value).__name__}")
