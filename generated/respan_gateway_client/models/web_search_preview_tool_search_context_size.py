from typing import Literal, cast

WebSearchPreviewToolSearchContextSize = Literal["high", "low", "medium"]

WEB_SEARCH_PREVIEW_TOOL_SEARCH_CONTEXT_SIZE_VALUES: set[WebSearchPreviewToolSearchContextSize] = {
    "high",
    "low",
    "medium",
}


def check_web_search_preview_tool_search_context_size(value: str) -> WebSearchPreviewToolSearchContextSize:
    if isinstance(value, str):
        return cast("WebSearchPreviewToolSearchContextSize", value)
    raise TypeError(f"Expected a str for WebSearchPreviewToolSearchContextSize, got {type(value).__name__}")
