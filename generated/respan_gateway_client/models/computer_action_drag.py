from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ComputerActionDrag")


@_attrs_define
class ComputerActionDrag:
    """A drag action.

    Attributes:
        path (list[ComputerDragPoint]): An array of coordinates representing the path of the drag action.

            Coordinates will appear as an array of objects, eg

            ```
            [
              { x: 100, y: 200 },
              { x: 200, y: 300 }
            ]
            ```
        type_ (Literal['drag']): Specifies the event type.

            For a drag action, this property is always set to `drag`.
        keys (list[str] | None | Unset): The keys being held while dragging the mouse.
    """

    path: list[ComputerDragPoint]
    type_: Literal["drag"]
    keys: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = []
        for path_item_data in self.path:
            path_item = path_item_data.to_dict()
            path.append(path_item)

        type_ = self.type_

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
                "path": path,
                "type": type_,
            }
        )
        if keys is not UNSET:
            field_dict["keys"] = keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = []
        _path = d.pop("path")
        for path_item_data in _path:
            path_item = ComputerDragPoint.from_dict(path_item_data)

            path.append(path_item)

        type_ = cast("Literal['drag']", d.pop("type"))
        if type_ != "drag":
            raise ValueError(f"type must match const 'drag', got '{type_}'")

        _keys = d.pop("keys", UNSET)
        keys: list[str] | None | Unset = _keys
        if isinstance(_keys, list):
            try:
                keys_type_0 = cast("list[str]", _keys)

                keys = keys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        computer_action_drag = cls(
            path,
            type_,
            keys,
        )

        computer_action_drag.additional_properties = d
        return computer_action_drag

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


# Imported once ComputerActionDrag exists, so that models which contain each other load in either order.
from ..models.computer_drag_point import ComputerDragPoint
