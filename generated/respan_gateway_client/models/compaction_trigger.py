from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompactionTrigger")


@_attrs_define
class CompactionTrigger:
    """Compacts the current context. Must be the final input item.

    Attributes:
        type_ (Literal['compaction_trigger']): The type of the item. Always `compaction_trigger`.
        id (None | str | Unset): The unique ID of this compaction trigger.
    """

    type_: Literal["compaction_trigger"]
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['compaction_trigger']", d.pop("type"))
        if type_ != "compaction_trigger":
            raise ValueError(f"type must match const 'compaction_trigger', got '{type_}'")

        id: None | str | Unset = d.pop("id", UNSET)

        compaction_trigger = cls(
            type_,
            id,
        )

        compaction_trigger.additional_properties = d
        return compaction_trigger

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
