from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.comparison_filter_type import ComparisonFilterType, check_comparison_filter_type

T = TypeVar("T", bound="ComparisonFilter")


@_attrs_define
class ComparisonFilter:
    """A filter used to compare a specified attribute key to a given value using a defined comparison operation.

    Attributes:
        key (str): The key to compare against the value.
        type_ (ComparisonFilterType): Specifies the comparison operator: `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in`,
            `nin`.

            - `eq`: equals
            - `ne`: not equal
            - `gt`: greater than
            - `gte`: greater than or equal
            - `lt`: less than
            - `lte`: less than or equal
            - `in`: in
            - `nin`: not in
        value (bool | float | list[float | str] | str): The value to compare against the attribute key; supports string,
            number, or boolean types.
    """

    key: str
    type_: ComparisonFilterType
    value: bool | float | list[float | str] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        type_: str = self.type_

        value: bool | float | list[float | str] | str
        if isinstance(self.value, list):
            value = []
            for value_type_3_item_data in self.value:
                value_type_3_item: float | str
                value_type_3_item = value_type_3_item_data
                value.append(value_type_3_item)

        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        type_ = check_comparison_filter_type(d.pop("type"))

        _value = d.pop("value")
        value: bool | float | list[float | str] | str = _value
        if isinstance(_value, list):
            try:
                value_type_3 = []
                _value_type_3 = _value
                for value_type_3_item_data in _value_type_3:
                    value_type_3_item: float | str = value_type_3_item_data

                    value_type_3.append(value_type_3_item)

                value = value_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        comparison_filter = cls(
            key,
            type_,
            value,
        )

        comparison_filter.additional_properties = d
        return comparison_filter

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
