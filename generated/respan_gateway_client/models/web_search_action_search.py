from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebSearchActionSearch")


@_attrs_define
class WebSearchActionSearch:
    """Action type "search" - Performs a web search query.

    Attributes:
        type_ (Literal['search']): The action type.
        queries (list[str] | None | Unset): The search queries.
        query (None | str | Unset): The search query.
        sources (list[WebSearchSource] | None | Unset): The sources used in the search.
    """

    type_: Literal["search"]
    queries: list[str] | None | Unset = UNSET
    query: None | str | Unset = UNSET
    sources: list[WebSearchSource] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        queries: list[str] | None | Unset
        if isinstance(self.queries, Unset):
            queries = UNSET
        elif isinstance(self.queries, list):
            queries = self.queries

        else:
            queries = self.queries

        query: None | str | Unset
        if isinstance(self.query, Unset):
            query = UNSET
        else:
            query = self.query

        sources: list[dict[str, Any]] | None | Unset
        if isinstance(self.sources, Unset):
            sources = UNSET
        elif isinstance(self.sources, list):
            sources = []
            for sources_type_0_item_data in self.sources:
                sources_type_0_item = sources_type_0_item_data.to_dict()
                sources.append(sources_type_0_item)

        else:
            sources = self.sources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if queries is not UNSET:
            field_dict["queries"] = queries
        if query is not UNSET:
            field_dict["query"] = query
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['search']", d.pop("type"))
        if type_ != "search":
            raise ValueError(f"type must match const 'search', got '{type_}'")

        _queries = d.pop("queries", UNSET)
        queries: list[str] | None | Unset = _queries
        if isinstance(_queries, list):
            try:
                queries_type_0 = cast("list[str]", _queries)

                queries = queries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        query: None | str | Unset = d.pop("query", UNSET)

        _sources = d.pop("sources", UNSET)
        sources: list[WebSearchSource] | None | Unset = _sources
        if isinstance(_sources, list):
            try:
                sources_type_0 = []
                _sources_type_0 = _sources
                for sources_type_0_item_data in _sources_type_0:
                    sources_type_0_item = WebSearchSource.from_dict(sources_type_0_item_data)

                    sources_type_0.append(sources_type_0_item)

                sources = sources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        web_search_action_search = cls(
            type_,
            queries,
            query,
            sources,
        )

        web_search_action_search.additional_properties = d
        return web_search_action_search

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


# Imported once WebSearchActionSearch exists, so that models which contain each other load in either order.
from ..models.web_search_source import WebSearchSource
