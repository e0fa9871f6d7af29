from typing import Literal, cast

WebSearchPreviewToolType = Literal["web_search_preview", "web_search_preview_2025_03_11"]

WEB_SEARCH_PREVIEW_TOOL_TYPE_VALUES: set[WebSearchPreviewToolType] = {
    "web_search_preview",
    "web_search_preview_2025_03_11",
}


def check_web_search_preview_tool_type(value: str) -> WebSearchPreviewToolType:
    if isinstance(value, str):
        return cast("WebSearchPreviewToolType", value)
    raise TypeError(f"Expected a str for WebSearchPreviewToolType, got {type(value).__name__}")
