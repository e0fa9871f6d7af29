from typing import Literal, cast

ResponseServiceTierType0 = Literal["auto", "default", "fast", "flex", "priority", "scale", "ultrafast"]

RESPONSE_SERVICE_TIER_TYPE_0_VALUES: set[ResponseServiceTierType0] = {
    "auto",
    "default",
    "fast",
    "flex",
    "priority",
    "scale",
    "ultrafast",
}


def check_response_service_tier_type_0(value: str) -> ResponseServiceTierType0:
    if isinstance(value, str):
        return cast("ResponseServiceTierType0", value)
    raise TypeError(f"Expected a str for ResponseServiceTierType0, got {type(value).__name__}")
