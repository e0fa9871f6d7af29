from typing import Literal, cast

FileSearchCallStatus = Literal["completed", "failed", "in_progress", "incomplete", "searching"]

FILE_SEARCH_CALL_STATUS_VALUES: set[FileSearchCallStatus] = {
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "searching",
}


def check_file_search_call_status(value: str) -> FileSearchCallStatus:
    if isinstance(value, str):
        return cast("FileSearchCallStatus", value)
    raise TypeError(f"Expected a str for FileSearchCallStatus, got {type(value).__name__}")
