from typing import Literal, cast

CodeInterpreterToolAllowedCallersType0Item = Literal["direct", "programmatic"]

CODE_INTERPRETER_TOOL_ALLOWED_CALLERS_TYPE_0_ITEM_VALUES: set[CodeInterpreterToolAllowedCallersType0Item] = {
    "direct",
    "programmatic",
}


def check_code_interpreter_tool_allowed_callers_type_0_item(value: str) -> CodeInterpreterToolAllowedCallersType0Item:
    if isinstance(value, str):
        return cast("CodeInterpreterToolAllowedCallersType0Item", value)
    raise TypeError(f"Expected a str for CodeInterpreterToolAllowedCallersType0Item, got {type(value).__name__}")
