from typing import Literal, cast

WebSearchCallStatus = Literal["completed", "failed", "in_progress", "incomplete", "searching"]

WEB_SEARCH_CALL_STATUS_VALUES: set[WebSearchCallStatus] = {
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "searching",
}


def check_web_search_call_status(value: str) -> WebSearchCallStatus:
    if isinstance(value, str):
        return cast("WebSearchCallStatus", value)
    raise TypeError(f"Expected a str for WebSearchCallStatus, got {type(value).__name__}")
