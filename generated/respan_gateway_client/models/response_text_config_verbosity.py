from typing import Literal

ResponseTextConfigVerbosity = Literal["high", "low", "medium"]

RESPONSE_TEXT_CONFIG_VERBOSITY_VALUES: set[ResponseTextConfigVerbosity] = {
    "high",
    "low",
    "medium",
}


def check_response_text_config_verbosity(value: str) -> ResponseTextConfigVerbosity:
    if value in RESPONSE_TEXT_CONFIG_VERBOSITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_TEXT_CONFIG_VERBOSITY_VALUES!r}")
