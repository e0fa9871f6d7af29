from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_transformation_reason import InputTransformationReason, check_input_transformation_reason

T = TypeVar("T", bound="InputTransformation")


@_attrs_define
class InputTransformation:
    """
    Attributes:
        id (str): The original reasoning item ID.
        action (Literal['removed']):
        reason (InputTransformationReason):
        type_ (Literal['reasoning']):
    """

    id: str
    action: Literal["removed"]
    reason: InputTransformationReason
    type_: Literal["reasoning"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        action = self.action

        reason: str = self.reason

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "action": action,
                "reason": reason,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        action = cast("Literal['removed']", d.pop("action"))
        if action != "removed":
            raise ValueError(f"action must match const 'removed', got '{action}'")

        reason = check_input_transformation_reason(d.pop("reason"))

        type_ = cast("Literal['reasoning']", d.pop("type"))
        if type_ != "reasoning":
            raise ValueError(f"type must match const 'reasoning', got '{type_}'")

        input_transformation = cls(
            id,
            action,
            reason,
            type_,
        )

        input_transformation.additional_properties = d
        return input_transformation

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
