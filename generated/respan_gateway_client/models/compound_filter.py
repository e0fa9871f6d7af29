from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compound_filter_type import CompoundFilterType, check_compound_filter_type

T = TypeVar("T", bound="CompoundFilter")


@_attrs_define
class CompoundFilter:
    """Combine multiple filters using `and` or `or`.

    Attributes:
        filters (list[Any]): Array of filters to combine.

            Items can be `ComparisonFilter` or `CompoundFilter`.
        type_ (CompoundFilterType): Type of operation: `and` or `or`.
    """

    filters: list[Any]
    type_: CompoundFilterType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filters = self.filters

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filters": filters,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filters = cast("list[Any]", d.pop("filters"))

        type_ = check_compound_filter_type(d.pop("type"))

        compound_filter = cls(
            filters,
            type_,
        )

        compound_filter.additional_properties = d
        return compound_filter

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
