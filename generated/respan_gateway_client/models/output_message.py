from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_status import ItemStatus, check_item_status
from ..models.output_message_phase_type_0 import OutputMessagePhaseType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutputMessage")


@_attrs_define
class OutputMessage:
    """
    Attributes:
        id (str):
        type_ (Literal['message']):
        role (Literal['assistant']):
        status (ItemStatus):
        content (list[OutputRefusal | OutputText | ReasoningText | UnknownOutputContent]):
        phase (None | OutputMessagePhaseType0 | Unset): Labels an `assistant` message as intermediate commentary
            (`commentary`) or the final answer (`final_answer`).
            For models like `gpt-5.3-codex` and beyond, when sending follow-up requests, preserve and resend phase on all
            assistant messages — dropping it can degrade performance. Not used for user messages.
    """

    id: str
    type_: Literal["message"]
    role: Literal["assistant"]
    status: ItemStatus
    content: list[OutputRefusal | OutputText | ReasoningText | UnknownOutputContent]
    phase: None | OutputMessagePhaseType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        role = self.role

        status: str = self.status

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, OutputText):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, OutputRefusal):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, ReasoningText):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        elif isinstance(self.phase, str):
            phase = self.phase
        else:
            phase = self.phase

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "role": role,
                "status": status,
                "content": content,
            }
        )
        if phase is not UNSET:
            field_dict["phase"] = phase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast("Literal['message']", d.pop("type"))
        if type_ != "message":
            raise ValueError(f"type must match const 'message', got '{type_}'")

        role = cast("Literal['assistant']", d.pop("role"))
        if role != "assistant":
            raise ValueError(f"role must match const 'assistant', got '{role}'")

        status = check_item_status(d.pop("status"))

        content = []
        _content = d.pop("content")
        for content_item_data in _content:

            def _parse_content_item(data: object) -> OutputRefusal | OutputText | ReasoningText | UnknownOutputContent:
                if isinstance(data, dict):
                    kind = data.get("type")
                    try:
                        if kind == "output_text":
                            return OutputText.from_dict(data)
                        if kind == "refusal":
                            return OutputRefusal.from_dict(data)
                        if kind == "reasoning_text":
                            return ReasoningText.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

                if isinstance(data, dict):
                    return UnknownOutputContent.from_dict(data)
                raise TypeError(f"expected one of the forms of content_item, got {type(data).__name__}")

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        phase: None | OutputMessagePhaseType0 | Unset = d.pop("phase", UNSET)

        output_message = cls(
            id,
            type_,
            role,
            status,
            content,
            phase,
        )

        output_message.additional_properties = d
        return output_message

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


# Imported once OutputMessage exists, so that models which contain each other load in either order.
from ..models.output_refusal import OutputRefusal
from ..models.output_text import OutputText
from ..models.reasoning_text import ReasoningText
from ..models.unknown_output_content import UnknownOutputContent
