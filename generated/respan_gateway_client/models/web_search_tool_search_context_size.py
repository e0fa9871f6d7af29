from typing import Literal, cast

WebSearchToolSearchContextSize = Literal["high", "low", "medium"]

WEB_SEARCH_TOOL_SEARCH_CONTEXT_SIZE_VALUES: set[WebSearchToolSearchContextSize] = {
    "high",
    "low",
    "medium",
}


def check_web_search_tool_search_context_size(value: str) -> WebSearchToolSearchContextSize:
    if isinstance(value, str):
        return cast("WebSearchToolSearchContextSize", value)
    raise TypeError(f"Expected a str for WebSearchToolSearchContextSize, got {type(value).__name__}")
