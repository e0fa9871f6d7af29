from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemMessage")


@_attrs_define
class SystemMessage:
    """
    Attributes:
        role (Literal['system']):
        content (list[TextPart] | str): Text, or an array of text parts.
        name (None | str | Unset): Optional participant name.
    """

    role: Literal["system"]
    content: list[TextPart] | str
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for componentsschemas_text_content_type_1_item_data in self.content:
                componentsschemas_text_content_type_1_item = componentsschemas_text_content_type_1_item_data.to_dict()
                content.append(componentsschemas_text_content_type_1_item)

        else:
            content = self.content

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = cast("Literal['system']", d.pop("role"))
        if role != "system":
            raise ValueError(f"role must match const 'system', got '{role}'")

        _content = d.pop("content")
        content: list[TextPart] | str = _content
        if isinstance(_content, list):
            try:
                componentsschemas_text_content_type_1 = []
                _componentsschemas_text_content_type_1 = _content
                for componentsschemas_text_content_type_1_item_data in _componentsschemas_text_content_type_1:
                    componentsschemas_text_content_type_1_item = TextPart.from_dict(
                        componentsschemas_text_content_type_1_item_data
                    )

                    componentsschemas_text_content_type_1.append(componentsschemas_text_content_type_1_item)

                content = componentsschemas_text_content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        name: None | str | Unset = d.pop("name", UNSET)

        system_message = cls(
            role,
            content,
            name,
        )

        system_message.additional_properties = d
        return system_message

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


# Imported once SystemMessage exists, so that models which contain each other load in either order.
from ..models.text_part import TextPart
