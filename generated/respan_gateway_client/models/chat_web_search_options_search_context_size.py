from typing import Literal, cast

ChatWebSearchOptionsSearchContextSize = Literal["high", "low", "medium"]

CHAT_WEB_SEARCH_OPTIONS_SEARCH_CONTEXT_SIZE_VALUES: set[ChatWebSearchOptionsSearchContextSize] = {
    "high",
    "low",
    "medium",
}


def check_chat_web_search_options_search_context_size(value: str) -> ChatWebSearchOptionsSearchContextSize:
    if isinstance(value, str):
        return cast("ChatWebSearchOptionsSearchContextSize", value)
    raise TypeError(f"Expected a str for ChatWebSearchOptionsSearchContextSize, got {type(value).__name__}")
