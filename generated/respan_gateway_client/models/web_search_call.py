from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_search_call_status import WebSearchCallStatus, check_web_search_call_status

T = TypeVar("T", bound="WebSearchCall")


@_attrs_define
class WebSearchCall:
    """The results of a web search tool call.

    See the [web search guide](https://developers.openai.com/api/docs/guides/tools-web-search) for more
    information.

        Attributes:
            id (str): The unique ID of the web search tool call.
            action (WebSearchActionFind | WebSearchActionOpenPage | WebSearchActionSearch): An object describing the
                specific action taken in this web search call. Includes details on how the model used
                the web (search, open_page, find_in_page).
            status (WebSearchCallStatus): The status of the web search tool call.
            type_ (Literal['web_search_call']): The type of the web search tool call. Always `web_search_call`.
    """

    id: str
    action: WebSearchActionFind | WebSearchActionOpenPage | WebSearchActionSearch
    status: WebSearchCallStatus
    type_: Literal["web_search_call"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        action: dict[str, Any]
        if isinstance(self.action, WebSearchActionSearch):
            action = self.action.to_dict()
        elif isinstance(self.action, WebSearchActionOpenPage):
            action = self.action.to_dict()
        else:
            action = self.action.to_dict()

        status: str = self.status

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "action": action,
                "status": status,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_action(data: object) -> WebSearchActionFind | WebSearchActionOpenPage | WebSearchActionSearch:
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind == "search":
                        return WebSearchActionSearch.from_dict(data)
                    if kind == "open_page":
                        return WebSearchActionOpenPage.from_dict(data)
                    if kind == "find_in_page":
                        return WebSearchActionFind.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

            raise TypeError(f"expected one of the forms of action, got {type(data).__name__}")

        action = _parse_action(d.pop("action"))

        status = check_web_search_call_status(d.pop("status"))

        type_ = cast("Literal['web_search_call']", d.pop("type"))
        if type_ != "web_search_call":
            raise ValueError(f"type must match const 'web_search_call', got '{type_}'")

        web_search_call = cls(
            id,
            action,
            status,
            type_,
        )

        web_search_call.additional_properties = d
        return web_search_call

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


# Imported once WebSearchCall exists, so that models which contain each other load in either order.
from ..models.web_search_action_find import WebSearchActionFind
from ..models.web_search_action_open_page import WebSearchActionOpenPage
from ..models.web_search_action_search import WebSearchActionSearch
