from typing import Literal, cast

ComputerActionClickButton = Literal["back", "forward", "left", "right", "wheel"]

COMPUTER_ACTION_CLICK_BUTTON_VALUES: set[ComputerActionClickButton] = {
    "back",
    "forward",
    "left",
    "right",
    "wheel",
}


def check_computer_action_click_button(value: str) -> ComputerActionClickButton:
    if isinstance(value, str):
        return cast("ComputerActionClickButton", value)
    raise TypeError(f"Expected a str for ComputerActionClickButton, got {type(value).__name__}")
