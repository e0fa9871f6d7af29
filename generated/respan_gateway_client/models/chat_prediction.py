from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChatPrediction")


@_attrs_define
class ChatPrediction:
    """Static predicted output content, such as the content of a text file that is being regenerated.

    Attributes:
        content (list[TextPart] | str): The content that should be matched when generating a model response. If
            generated tokens would match this
            content, the entire model response can be returned much more quickly.
        type_ (Literal['content']): The type of the predicted content you want to provide.

            This type is currently always `content`.
    """

    content: list[TextPart] | str
    type_: Literal["content"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = content_type_1_item_data.to_dict()
                content.append(content_type_1_item)

        else:
            content = self.content

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _content = d.pop("content")
        content: list[TextPart] | str = _content
        if isinstance(_content, list):
            try:
                content_type_1 = []
                _content_type_1 = _content
                for content_type_1_item_data in _content_type_1:
                    content_type_1_item = TextPart.from_dict(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                content = content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        type_ = cast("Literal['content']", d.pop("type"))
        if type_ != "content":
            raise ValueError(f"type must match const 'content', got '{type_}'")

        chat_prediction = cls(
            content,
            type_,
        )

        chat_prediction.additional_properties = d
        return chat_prediction

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


# Imported once ChatPrediction exists, so that models which contain each other load in either order.
from ..models.text_part import TextPart
