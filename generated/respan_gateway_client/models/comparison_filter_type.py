from typing import Literal, cast

ComparisonFilterType = Literal["eq", "gt", "gte", "in", "lt", "lte", "ne", "nin"]

COMPARISON_FILTER_TYPE_VALUES: set[ComparisonFilterType] = {
    "eq",
    "gt",
    "gte",
    "in",
    "lt",
    "lte",
    "ne",
    "nin",
}


def check_comparison_filter_type(value: str) -> ComparisonFilterType:
    if isinstance(value, str):
        return cast("ComparisonFilterType", value)
    raise TypeError(f"Expected a str for ComparisonFilterType, got {type(value).__name__}")
