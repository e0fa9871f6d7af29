from typing import Literal, cast

ResponseParamsServiceTier = Literal["auto", "default", "fast", "flex", "priority", "scale", "ultrafast"]

RESPONSE_PARAMS_SERVICE_TIER_VALUES: set[ResponseParamsServiceTier] = {
    "auto",
    "default",
    "fast",
    "flex",
    "priority",
    "scale",
    "ultrafast",
}


def check_response_params_service_tier(value: str) -> ResponseParamsServiceTier:
    if isinstance(value, str):
        return cast("ResponseParamsServiceTier", value)
    raise TypeError(f"Expected a str for ResponseParamsServiceTier, got {type(value).__name__}")
