from typing import Literal, cast

ComputerUsePreviewToolEnvironment = Literal["browser", "linux", "mac", "ubuntu", "windows"]

COMPUTER_USE_PREVIEW_TOOL_ENVIRONMENT_VALUES: set[ComputerUsePreviewToolEnvironment] = {
    "browser",
    "linux",
    "mac",
    "ubuntu",
    "windows",
}


def check_computer_use_preview_tool_environment(value: str) -> ComputerUsePreviewToolEnvironment:
    if isinstance(value, str):
        return cast("ComputerUsePreviewToolEnvironment", value)
    raise TypeError(f"Expected a str for ComputerUsePreviewToolEnvironment, got {type(value).__name__}")
