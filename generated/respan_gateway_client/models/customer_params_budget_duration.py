from typing import Literal

CustomerParamsBudgetDuration = Literal["daily", "monthly", "weekly", "yearly"]

CUSTOMER_PARAMS_BUDGET_DURATION_VALUES: set[CustomerParamsBudgetDuration] = {
    "daily",
    "monthly",
    "weekly",
    "yearly",
}


def check_customer_params_budget_duration(value: str) -> CustomerParamsBudgetDuration:
    if value in CUSTOMER_PARAMS_BUDGET_DURATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CUSTOMER_PARAMS_BUDGET_DURATION_VALUES!r}")
