from typing import Literal

ResponseParamsServiceTier = Literal["auto", "default", "flex", "priority"]

RESPONSE_PARAMS_SERVICE_TIER_VALUES: set[ResponseParamsServiceTier] = {
    "auto",
    "default",
    "flex",
    "priority",
}


def check_response_params_service_tier(value: str) -> ResponseParamsServiceTier:
    if value in RESPONSE_PARAMS_SERVICE_TIER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_PARAMS_SERVICE_TIER_VALUES!r}")
