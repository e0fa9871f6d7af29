from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserMessage")


@_attrs_define
class UserMessage:
    """
    Attributes:
        role (Literal['user']):
        content (list[AudioPart | FilePart | ImagePart | TextPart | UnknownUserContentPart] | str): Text, or an array of
            text, image, audio and file parts.
        name (None | str | Unset):
    """

    role: Literal["user"]
    content: list[AudioPart | FilePart | ImagePart | TextPart | UnknownUserContentPart] | str
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, TextPart):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ImagePart):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, AudioPart):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, FilePart):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

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
        role = cast("Literal['user']", d.pop("role"))
        if role != "user":
            raise ValueError(f"role must match const 'user', got '{role}'")

        _content = d.pop("content")
        content: list[AudioPart | FilePart | ImagePart | TextPart | UnknownUserContentPart] | str = _content
        if isinstance(_content, list):
            try:
                content_type_1 = []
                _content_type_1 = _content
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> AudioPart | FilePart | ImagePart | TextPart | UnknownUserContentPart:
                        if isinstance(data, dict):
                            kind = data.get("type")
                            try:
                                if kind == "text":
                                    return TextPart.from_dict(data)
                                if kind == "image_url":
                                    return ImagePart.from_dict(data)
                                if kind == "input_audio":
                                    return AudioPart.from_dict(data)
                                if kind == "file":
                                    return FilePart.from_dict(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

                        if isinstance(data, dict):
                            return UnknownUserContentPart.from_dict(data)
                        raise TypeError(f"expected one of the forms of content_type_1_item, got {type(data).__name__}")

                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                content = content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        name: None | str | Unset = d.pop("name", UNSET)

        user_message = cls(
            role,
            content,
            name,
        )

        user_message.additional_properties = d
        return user_message

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


# Imported once UserMessage exists, so that models which contain each other load in either order.
from ..models.audio_part import AudioPart
from ..models.file_part import FilePart
from ..models.image_part import ImagePart
from ..models.text_part import TextPart
from ..models.unknown_user_content_part import UnknownUserContentPart
