from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_search_tool_search_context_size import (
    WebSearchToolSearchContextSize,
)
from ..models.web_search_tool_type import WebSearchToolType, check_web_search_tool_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebSearchTool")


@_attrs_define
class WebSearchTool:
    """Search the Internet for sources related to the prompt.

    Learn more about the [web search tool](https://developers.openai.com/api/docs/guides/tools-web-search).

        Attributes:
            type_ (WebSearchToolType): The type of the web search tool.

                One of `web_search` or `web_search_2025_08_26`.
            external_web_access (bool | None | Unset): Allow live internet access for web search.

                Defaults to true when omitted. When false, the web search tool runs in offline/cache-only mode and will not
                fetch new external content.
            filters (None | Unset | WebSearchFilters): Filters for the search.
            search_context_size (None | Unset | WebSearchToolSearchContextSize): High level guidance for the amount of
                context window space to use for the search.

                One of `low`, `medium`, or `high`. `medium` is the default.
            user_location (None | Unset | WebSearchUserLocation): The approximate location of the user.

                If omitted or null, defaults to the United States. To avoid this fallback, pass `{"type": "approximate"}`
                without location fields. To localize results, provide the relevant location fields.
    """

    type_: WebSearchToolType
    external_web_access: bool | None | Unset = UNSET
    filters: None | Unset | WebSearchFilters = UNSET
    search_context_size: None | Unset | WebSearchToolSearchContextSize = UNSET
    user_location: None | Unset | WebSearchUserLocation = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        external_web_access: bool | None | Unset
        if isinstance(self.external_web_access, Unset):
            external_web_access = UNSET
        else:
            external_web_access = self.external_web_access

        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, WebSearchFilters):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

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
        if external_web_access is not UNSET:
            field_dict["external_web_access"] = external_web_access
        if filters is not UNSET:
            field_dict["filters"] = filters
        if search_context_size is not UNSET:
            field_dict["search_context_size"] = search_context_size
        if user_location is not UNSET:
            field_dict["user_location"] = user_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_web_search_tool_type(d.pop("type"))

        external_web_access: bool | None | Unset = d.pop("external_web_access", UNSET)

        filters: None | Unset | WebSearchFilters = d.pop("filters", UNSET)
        if isinstance(filters, dict):
            try:
                filters = WebSearchFilters.from_dict(filters)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as WebSearchFilters: kept as it came

        search_context_size: None | Unset | WebSearchToolSearchContextSize = d.pop("search_context_size", UNSET)

        user_location: None | Unset | WebSearchUserLocation = d.pop("user_location", UNSET)
        if isinstance(user_location, dict):
            try:
                user_location = WebSearchUserLocation.from_dict(user_location)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as WebSearchUserLocation: kept as it came

        web_search_tool = cls(
            type_,
            external_web_access,
            filters,
            search_context_size,
            user_location,
        )

        web_search_tool.additional_properties = d
        return web_search_tool

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


# Imported once WebSearchTool exists, so that models which contain each other load in either order.
from ..models.web_search_filters import WebSearchFilters
from ..models.web_search_user_location import WebSearchUserLocation
