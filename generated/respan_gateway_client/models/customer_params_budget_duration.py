from typing import Literal, cast

CustomerParamsBudgetDuration = Literal["daily", "monthly", "weekly", "yearly"]

CUSTOMER_PARAMS_BUDGET_DURATION_VALUES: set[CustomerParamsBudgetDuration] = {
    "daily",
    "monthly",
    "weekly",
    "yearly",
}


def check_customer_params_budget_duration(value: str) -> CustomerParamsBudgetDuration:
    if isinstance(value, str):
        return cast("CustomerParamsBudgetDuration", value)
    raise TypeError(f"Expected a str for CustomerParamsBudgetDuration, got {type(value).__name__}")
