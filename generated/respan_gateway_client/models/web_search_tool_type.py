from typing import Literal, cast

WebSearchToolType = Literal["web_search", "web_search_2025_08_26"]

WEB_SEARCH_TOOL_TYPE_VALUES: set[WebSearchToolType] = {
    "web_search",
    "web_search_2025_08_26",
}


def check_web_search_tool_type(value: str) -> WebSearchToolType:
    if isinstance(value, str):
        return cast("WebSearchToolType", value)
    raise TypeError(f"Expected a str for WebSearchToolType, got {type(value).__name__}")
