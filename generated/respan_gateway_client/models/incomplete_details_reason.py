from typing import Literal, cast

IncompleteDetailsReason = Literal["content_filter", "max_messages", "max_output_tokens", "steered"]

INCOMPLETE_DETAILS_REASON_VALUES: set[IncompleteDetailsReason] = {
    "content_filter",
    "max_messages",
    "max_output_tokens",
    "steered",
}


def check_incomplete_details_reason(value: str) -> IncompleteDetailsReason:
    if isinstance(value, str):
        return cast("IncompleteDetailsReason", value)
    raise TypeError(f"Expected a str for IncompleteDetailsReason, got {type(value).__name__}")
