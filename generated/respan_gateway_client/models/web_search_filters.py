from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebSearchFilters")


@_attrs_define
class WebSearchFilters:
    """Filters for the search.

    Attributes:
        allowed_domains (list[str] | None | Unset): Allowed domains for the search.

            If not provided, all domains are allowed. Subdomains of the provided domains are allowed as well.

            Example: `["pubmed.ncbi.nlm.nih.gov"]`
    """

    allowed_domains: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_domains: list[str] | None | Unset
        if isinstance(self.allowed_domains, Unset):
            allowed_domains = UNSET
        elif isinstance(self.allowed_domains, list):
            allowed_domains = self.allowed_domains

        else:
            allowed_domains = self.allowed_domains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _allowed_domains = d.pop("allowed_domains", UNSET)
        allowed_domains: list[str] | None | Unset = _allowed_domains
        if isinstance(_allowed_domains, list):
            try:
                allowed_domains_type_0 = cast("list[str]", _allowed_domains)

                allowed_domains = allowed_domains_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        web_search_filters = cls(
            allowed_domains,
        )

        web_search_filters.additional_properties = d
        return web_search_filters

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
