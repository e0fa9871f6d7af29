from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ComputerActionDoubleClick")


@_attrs_define
class ComputerActionDoubleClick:
    """A double click action.

    Attributes:
        type_ (Literal['double_click']): Specifies the event type.

            For a double click action, this property is always set to `double_click`.
        x (int): The x-coordinate where the double click occurred.
        y (int): The y-coordinate where the double click occurred.
        keys (list[str] | None | Unset): The keys being held while double-clicking.
    """

    type_: Literal["double_click"]
    x: int
    y: int
    keys: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        x = self.x

        y = self.y

        keys: list[str] | None | Unset
        if isinstance(self.keys, Unset):
            keys = UNSET
        elif isinstance(self.keys, list):
            keys = self.keys

        else:
            keys = self.keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "x": x,
                "y": y,
            }
        )
        if keys is not UNSET:
            field_dict["keys"] = keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['double_click']", d.pop("type"))
        if type_ != "double_click":
            raise ValueError(f"type must match const 'double_click', got '{type_}'")

        x = d.pop("x")

        y = d.pop("y")

        _keys = d.pop("keys", UNSET)
        keys: list[str] | None | Unset = _keys
        if isinstance(_keys, list):
            try:
                keys_type_0 = cast("list[str]", _keys)

                keys = keys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        computer_action_double_click = cls(
            type_,
            x,
            y,
            keys,
        )

        computer_action_double_click.additional_properties = d
        return computer_action_double_click

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
