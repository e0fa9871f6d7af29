from typing import Literal, cast

WebSearchPreviewToolSearchContentTypesItem = Literal["image", "text"]

WEB_SEARCH_PREVIEW_TOOL_SEARCH_CONTENT_TYPES_ITEM_VALUES: set[WebSearchPreviewToolSearchContentTypesItem] = {
    "image",
    "text",
}


def check_web_search_preview_tool_search_content_types_item(value: str) -> WebSearchPreviewToolSearchContentTypesItem:
    if isinstance(value, str):
        return cast("WebSearchPreviewToolSearchContentTypesItem", value)
    raise TypeError(f"Expected a str for WebSearchPreviewToolSearchContentTypesItem, got {type(value).__name__}")
