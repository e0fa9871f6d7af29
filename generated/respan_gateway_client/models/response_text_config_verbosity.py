from typing import Literal, cast

ResponseTextConfigVerbosity = Literal["high", "low", "medium"]

RESPONSE_TEXT_CONFIG_VERBOSITY_VALUES: set[ResponseTextConfigVerbosity] = {
    "high",
    "low",
    "medium",
}


def check_response_text_config_verbosity(value: str) -> ResponseTextConfigVerbosity:
    if isinstance(value, str):
        return cast("ResponseTextConfigVerbosity", value)
    raise TypeError(f"Expected a str for ResponseTextConfigVerbosity, got {type(value).__name__}")
