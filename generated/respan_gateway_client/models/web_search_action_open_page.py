from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebSearchActionOpenPage")


@_attrs_define
class WebSearchActionOpenPage:
    """Action type "open_page" - Opens a specific URL from search results.

    Attributes:
        type_ (Literal['open_page']): The action type.
        url (None | str | Unset): The URL opened by the model.
    """

    type_: Literal["open_page"]
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['open_page']", d.pop("type"))
        if type_ != "open_page":
            raise ValueError(f"type must match const 'open_page', got '{type_}'")

        url: None | str | Unset = d.pop("url", UNSET)

        web_search_action_open_page = cls(
            type_,
            url,
        )

        web_search_action_open_page.additional_properties = d
        return web_search_action_open_page

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
