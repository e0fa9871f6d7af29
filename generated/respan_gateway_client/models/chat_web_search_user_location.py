from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChatWebSearchUserLocation")


@_attrs_define
class ChatWebSearchUserLocation:
    """Approximate location parameters for the search.

    Attributes:
        approximate (ChatWebSearchApproximateLocation): Approximate location parameters for the search.
        type_ (Literal['approximate']): The type of location approximation. Always `approximate`.
    """

    approximate: ChatWebSearchApproximateLocation
    type_: Literal["approximate"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approximate = self.approximate.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approximate": approximate,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approximate = ChatWebSearchApproximateLocation.from_dict(d.pop("approximate"))

        type_ = cast("Literal['approximate']", d.pop("type"))
        if type_ != "approximate":
            raise ValueError(f"type must match const 'approximate', got '{type_}'")

        chat_web_search_user_location = cls(
            approximate,
            type_,
        )

        chat_web_search_user_location.additional_properties = d
        return chat_web_search_user_location

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


# Imported once ChatWebSearchUserLocation exists, so that models which contain each other load in either order.
from ..models.chat_web_search_approximate_location import ChatWebSearchApproximateLocation
