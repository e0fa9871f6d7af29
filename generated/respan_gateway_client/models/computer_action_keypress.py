from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ComputerActionKeypress")


@_attrs_define
class ComputerActionKeypress:
    """A collection of keypresses the model would like to perform.

    Attributes:
        keys (list[str]): The combination of keys the model is requesting to be pressed.

            This is an array of strings, each representing a key.
        type_ (Literal['keypress']): Specifies the event type.

            For a keypress action, this property is always set to `keypress`.
    """

    keys: list[str]
    type_: Literal["keypress"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keys = self.keys

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keys": keys,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        keys = cast("list[str]", d.pop("keys"))

        type_ = cast("Literal['keypress']", d.pop("type"))
        if type_ != "keypress":
            raise ValueError(f"type must match const 'keypress', got '{type_}'")

        computer_action_keypress = cls(
            keys,
            type_,
        )

        computer_action_keypress.additional_properties = d
        return computer_action_keypress

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
