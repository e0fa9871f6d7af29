from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContainerReference")


@_attrs_define
class ContainerReference:
    """
    Attributes:
        container_id (str): The ID of the referenced container.
        type_ (Literal['container_reference']): References a container created with the /v1/containers endpoint
    """

    container_id: str
    type_: Literal["container_reference"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container_id = self.container_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "container_id": container_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        container_id = d.pop("container_id")

        type_ = cast("Literal['container_reference']", d.pop("type"))
        if type_ != "container_reference":
            raise ValueError(f"type must match const 'container_reference', got '{type_}'")

        container_reference = cls(
            container_id,
            type_,
        )

        container_reference.additional_properties = d
        return container_reference

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
