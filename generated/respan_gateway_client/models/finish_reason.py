from typing import Literal, cast

FinishReason = Literal["content_filter", "function_call", "length", "stop", "tool_calls"]

FINISH_REASON_VALUES: set[FinishReason] = {
    "content_filter",
    "function_call",
    "length",
    "stop",
    "tool_calls",
}


def check_finish_reason(value: str) -> FinishReason:
    if isinstance(value, str):
        return cast("FinishReason", value)
    raise TypeError(f"Expected a str for FinishReason, got {type(value).__name__}")
