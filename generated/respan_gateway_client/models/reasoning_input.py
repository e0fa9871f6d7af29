from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_input_status import ReasoningInputStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReasoningInput")


@_attrs_define
class ReasoningInput:
    """
    Attributes:
        type_ (Literal['reasoning']):
        id (str):
        summary (list[SummaryText]):
        encrypted_content (None | str | Unset):
        content (list[ReasoningText] | None | Unset): Reasoning text content.
        status (None | ReasoningInputStatus | Unset): The status of the item.

            One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via API.
    """

    type_: Literal["reasoning"]
    id: str
    summary: list[SummaryText]
    encrypted_content: None | str | Unset = UNSET
    content: list[ReasoningText] | None | Unset = UNSET
    status: None | ReasoningInputStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        summary = []
        for summary_item_data in self.summary:
            summary_item = summary_item_data.to_dict()
            summary.append(summary_item)

        encrypted_content: None | str | Unset
        if isinstance(self.encrypted_content, Unset):
            encrypted_content = UNSET
        else:
            encrypted_content = self.encrypted_content

        content: list[dict[str, Any]] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_0_item_data in self.content:
                content_type_0_item = content_type_0_item_data.to_dict()
                content.append(content_type_0_item)

        else:
            content = self.content

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "summary": summary,
            }
        )
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content
        if content is not UNSET:
            field_dict["content"] = content
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['reasoning']", d.pop("type"))
        if type_ != "reasoning":
            raise ValueError(f"type must match const 'reasoning', got '{type_}'")

        id = d.pop("id")

        summary = []
        _summary = d.pop("summary")
        for summary_item_data in _summary:
            summary_item = SummaryText.from_dict(summary_item_data)

            summary.append(summary_item)

        encrypted_content: None | str | Unset = d.pop("encrypted_content", UNSET)

        _content = d.pop("content", UNSET)
        content: list[ReasoningText] | None | Unset = _content
        if isinstance(_content, list):
            try:
                content_type_0 = []
                _content_type_0 = _content
                for content_type_0_item_data in _content_type_0:
                    content_type_0_item = ReasoningText.from_dict(content_type_0_item_data)

                    content_type_0.append(content_type_0_item)

                content = content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        status: None | ReasoningInputStatus | Unset = d.pop("status", UNSET)

        reasoning_input = cls(
            type_,
            id,
            summary,
            encrypted_content,
            content,
            status,
        )

        reasoning_input.additional_properties = d
        return reasoning_input

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


# Imported once ReasoningInput exists, so that models which contain each other load in either order.
from ..models.reasoning_text import ReasoningText
from ..models.summary_text import SummaryText
