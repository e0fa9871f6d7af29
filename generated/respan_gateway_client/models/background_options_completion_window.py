from typing import Literal, cast

BackgroundOptionsCompletionWindow = Literal["2h", "8h", "soonest"]

BACKGROUND_OPTIONS_COMPLETION_WINDOW_VALUES: set[BackgroundOptionsCompletionWindow] = {
    "2h",
    "8h",
    "soonest",
}


def check_background_options_completion_window(value: str) -> BackgroundOptionsCompletionWindow:
    if isinstance(value, str):
        return cast("BackgroundOptionsCompletionWindow", value)
    raise TypeError(f"Expected a str for BackgroundOptionsCompletionWindow, got {type(value).__name__}")
