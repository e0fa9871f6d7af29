from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebSearchUserLocation")


@_attrs_define
class WebSearchUserLocation:
    """The approximate location of the user.

    If omitted or null, defaults to the United States. To avoid this fallback, pass `{"type": "approximate"}`
    without location fields. To localize results, provide the relevant location fields.

        Attributes:
            city (None | str | Unset): Free text input for the city of the user, e.g. `San Francisco`.
            country (None | str | Unset): The two-letter [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1) of the
                user, e.g. `US`.
            region (None | str | Unset): Free text input for the region of the user, e.g. `California`.
            timezone (None | str | Unset): The [IANA timezone](https://timeapi.io/documentation/iana-timezones) of the user,
                e.g. `America/Los_Angeles`.
            type_ (Literal['approximate'] | None | Unset): The type of location approximation. Always `approximate`.
    """

    city: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    type_: Literal["approximate"] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        type_: Literal["approximate"] | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if region is not UNSET:
            field_dict["region"] = region
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        city: None | str | Unset = d.pop("city", UNSET)

        country: None | str | Unset = d.pop("country", UNSET)

        region: None | str | Unset = d.pop("region", UNSET)

        timezone: None | str | Unset = d.pop("timezone", UNSET)

        def _parse_type_(data: object) -> Literal["approximate"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            type_type_0 = cast("Literal['approximate']", data)
            if type_type_0 != "approximate":
                raise ValueError(f"type_type_0 must match const 'approximate', got '{type_type_0}'")
            return type_type_0

            return cast("Literal['approximate'] | None | Unset", data)

        type_ = _parse_type_(d.pop("type", UNSET))

        web_search_user_location = cls(
            city,
            country,
            region,
            timezone,
            type_,
        )

        web_search_user_location.additional_properties = d
        return web_search_user_location

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
