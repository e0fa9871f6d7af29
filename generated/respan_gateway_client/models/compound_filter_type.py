from typing import Literal, cast

CompoundFilterType = Literal["and", "or"]

COMPOUND_FILTER_TYPE_VALUES: set[CompoundFilterType] = {
    "and",
    "or",
}


def check_compound_filter_type(value: str) -> CompoundFilterType:
    if isinstance(value, str):
        return cast("CompoundFilterType", value)
    raise TypeError(f"Expected a str for CompoundFilterType, got {type(value).__name__}")
