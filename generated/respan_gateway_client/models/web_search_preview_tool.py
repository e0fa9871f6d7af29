from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_search_preview_tool_search_content_types_item import (
    WebSearchPreviewToolSearchContentTypesItem,
    check_web_search_preview_tool_search_content_types_item,
)
from ..models.web_search_preview_tool_search_context_size import (
    WebSearchPreviewToolSearchContextSize,
)
from ..models.web_search_preview_tool_type import WebSearchPreviewToolType, check_web_search_preview_tool_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebSearchPreviewTool")


@_attrs_define
class WebSearchPreviewTool:
    """This tool searches the web for relevant results to use in a response.

    Learn more about the [web search tool](https://developers.openai.com/api/docs/guides/tools-web-search).

        Attributes:
            type_ (WebSearchPreviewToolType): The type of the web search tool.

                One of `web_search_preview` or `web_search_preview_2025_03_11`.
            search_content_types (list[WebSearchPreviewToolSearchContentTypesItem] | None | Unset):
            search_context_size (None | Unset | WebSearchPreviewToolSearchContextSize): High level guidance for the amount
                of context window space to use for the search.

                One of `low`, `medium`, or `high`. `medium` is the default.
            user_location (None | Unset | WebSearchUserLocation): The approximate location of the user.

                If omitted or null, defaults to the United States. To avoid this fallback, pass `{"type": "approximate"}`
                without location fields. To localize results, provide the relevant location fields.
    """

    type_: WebSearchPreviewToolType
    search_content_types: list[WebSearchPreviewToolSearchContentTypesItem] | None | Unset = UNSET
    search_context_size: None | Unset | WebSearchPreviewToolSearchContextSize = UNSET
    user_location: None | Unset | WebSearchUserLocation = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        search_content_types: list[str] | None | Unset
        if isinstance(self.search_content_types, Unset):
            search_content_types = UNSET
        elif isinstance(self.search_content_types, list):
            search_content_types = []
            for search_content_types_type_0_item_data in self.search_content_types:
                search_content_types_type_0_item: str = search_content_types_type_0_item_data
                search_content_types.append(search_content_types_type_0_item)

        else:
            search_content_types = self.search_content_types

        search_context_size: None | str | Unset
        if isinstance(self.search_context_size, Unset):
            search_context_size = UNSET
        elif isinstance(self.search_context_size, str):
            search_context_size = self.search_context_size
        else:
            search_context_size = self.search_context_size

        user_location: dict[str, Any] | None | Unset
        if isinstance(self.user_location, Unset):
            user_location = UNSET
        elif isinstance(self.user_location, WebSearchUserLocation):
            user_location = self.user_location.to_dict()
        else:
            user_location = self.user_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if search_content_types is not UNSET:
            field_dict["search_content_types"] = search_content_types
        if search_context_size is not UNSET:
            field_dict["search_context_size"] = search_context_size
        if user_location is not UNSET:
            field_dict["user_location"] = user_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_web_search_preview_tool_type(d.pop("type"))

        _search_content_types = d.pop("search_content_types", UNSET)
        search_content_types: list[WebSearchPreviewToolSearchContentTypesItem] | None | Unset = _search_content_types
        if isinstance(_search_content_types, list):
            try:
                search_content_types_type_0 = []
                _search_content_types_type_0 = _search_content_types
                for search_content_types_type_0_item_data in _search_content_types_type_0:
                    search_content_types_type_0_item = check_web_search_preview_tool_search_content_types_item(
                        search_content_types_type_0_item_data
                    )

                    search_content_types_type_0.append(search_content_types_type_0_item)

                search_content_types = search_content_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        search_context_size: None | Unset | WebSearchPreviewToolSearchContextSize = d.pop("search_context_size", UNSET)

        user_location: None | Unset | WebSearchUserLocation = d.pop("user_location", UNSET)
        if isinstance(user_location, dict):
            try:
                user_location = WebSearchUserLocation.from_dict(user_location)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as WebSearchUserLocation: kept as it came

        web_search_preview_tool = cls(
            type_,
            search_content_types,
            search_context_size,
            user_location,
        )

        web_search_preview_tool.additional_properties = d
        return web_search_preview_tool

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once WebSearchPreviewTool exists, so that models which contain each other load in either order.
from ..models.web_search_user_location import WebSearchUserLocation
