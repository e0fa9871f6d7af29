from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InlineSkillSource")


@_attrs_define
class InlineSkillSource:
    """Inline skill payload

    Attributes:
        data (str): Base64-encoded skill zip bundle.
        media_type (Literal['application/zip']): The media type of the inline skill payload. Must be `application/zip`.
        type_ (Literal['base64']): The type of the inline skill source. Must be `base64`.
    """

    data: str
    media_type: Literal["application/zip"]
    type_: Literal["base64"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        media_type = self.media_type

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "media_type": media_type,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data")

        media_type = cast("Literal['application/zip']", d.pop("media_type"))
        if media_type != "application/zip":
            raise ValueError(f"media_type must match const 'application/zip', got '{media_type}'")

        type_ = cast("Literal['base64']", d.pop("type"))
        if type_ != "base64":
            raise ValueError(f"type must match const 'base64', got '{type_}'")

        inline_skill_source = cls(
            data,
            media_type,
            type_,
        )

        inline_skill_source.additional_properties = d
        return inline_skill_source

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
