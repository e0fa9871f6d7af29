from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_web_search_options_search_context_size import (
    ChatWebSearchOptionsSearchContextSize,
    check_chat_web_search_options_search_context_size,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatWebSearchOptions")


@_attrs_define
class ChatWebSearchOptions:
    """This tool searches the web for relevant results to use in a response. Learn more about the [web search
    tool](https://developers.openai.com/api/docs/guides/tools-web-search).

        Attributes:
            search_context_size (ChatWebSearchOptionsSearchContextSize | Unset): High level guidance for the amount of
                context window space to use for the search. One of `low`, `medium`, or
                `high`. `medium` is the default.
            user_location (ChatWebSearchUserLocation | None | Unset): Approximate location parameters for the search.
    """

    search_context_size: ChatWebSearchOptionsSearchContextSize | Unset = UNSET
    user_location: ChatWebSearchUserLocation | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search_context_size: str | Unset = UNSET
        if not isinstance(self.search_context_size, Unset):
            search_context_size = self.search_context_size

        user_location: dict[str, Any] | None | Unset
        if isinstance(self.user_location, Unset):
            user_location = UNSET
        elif isinstance(self.user_location, ChatWebSearchUserLocation):
            user_location = self.user_location.to_dict()
        else:
            user_location = self.user_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search_context_size is not UNSET:
            field_dict["search_context_size"] = search_context_size
        if user_location is not UNSET:
            field_dict["user_location"] = user_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _search_context_size = d.pop("search_context_size", UNSET)
        search_context_size: ChatWebSearchOptionsSearchContextSize | Unset
        if isinstance(_search_context_size, Unset):
            search_context_size = UNSET
        else:
            search_context_size = check_chat_web_search_options_search_context_size(_search_context_size)

        user_location: ChatWebSearchUserLocation | None | Unset = d.pop("user_location", UNSET)
        if isinstance(user_location, dict):
            try:
                user_location = ChatWebSearchUserLocation.from_dict(user_location)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ChatWebSearchUserLocation: kept as it came

        chat_web_search_options = cls(
            search_context_size,
            user_location,
        )

        chat_web_search_options.additional_properties = d
        return chat_web_search_options

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


# Imported once ChatWebSearchOptions exists, so that models which contain each other load in either order.
from ..models.chat_web_search_user_location import ChatWebSearchUserLocation
