from typing import Literal, cast

NamespaceFunctionAllowedCallersType0Item = Literal["direct", "programmatic"]

NAMESPACE_FUNCTION_ALLOWED_CALLERS_TYPE_0_ITEM_VALUES: set[NamespaceFunctionAllowedCallersType0Item] = {
    "direct",
    "programmatic",
}


def check_namespace_function_allowed_callers_type_0_item(value: str) -> NamespaceFunctionAllowedCallersType0Item:
    if isinstance(value, str):
        return cast("NamespaceFunctionAllowedCallersType0Item", value)
    raise TypeError(f"Expected a str for NamespaceFunctionAllowedCallersType0Item, got {type(value).__name__}")
