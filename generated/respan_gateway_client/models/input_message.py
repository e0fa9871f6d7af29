from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_message_phase_type_0 import InputMessagePhaseType0
from ..models.input_message_role import InputMessageRole, check_input_message_role
from ..models.item_status import ItemStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="InputMessage")


@_attrs_define
class InputMessage:
    """
    Attributes:
        role (InputMessageRole):
        content (list[InputFile | InputImage | InputText | OutputRefusal | OutputText | UnknownInputContentPart] | str):
        type_ (Literal['message'] | None | Unset):
        id (None | str | Unset):
        status (ItemStatus | None | Unset):
        phase (InputMessagePhaseType0 | None | Unset): Labels an `assistant` message as intermediate commentary
            (`commentary`) or the final answer (`final_answer`).
            For models like `gpt-5.3-codex` and beyond, when sending follow-up requests, preserve and resend phase on all
            assistant messages — dropping it can degrade performance. Not used for user messages.
    """

    role: InputMessageRole
    content: list[InputFile | InputImage | InputText | OutputRefusal | OutputText | UnknownInputContentPart] | str
    type_: Literal["message"] | None | Unset = UNSET
    id: None | str | Unset = UNSET
    status: ItemStatus | None | Unset = UNSET
    phase: InputMessagePhaseType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, InputText):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, InputImage):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, InputFile):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, OutputText):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, OutputRefusal):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        type_: Literal["message"] | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

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
                "role": role,
                "content": content,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if phase is not UNSET:
            field_dict["phase"] = phase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = check_input_message_role(d.pop("role"))

        _content = d.pop("content")
        content: (
            list[InputFile | InputImage | InputText | OutputRefusal | OutputText | UnknownInputContentPart] | str
        ) = _content
        if isinstance(_content, list):
            try:
                content_type_1 = []
                _content_type_1 = _content
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> InputFile | InputImage | InputText | OutputRefusal | OutputText | UnknownInputContentPart:
                        if isinstance(data, dict):
                            kind = data.get("type")
                            try:
                                if kind == "input_text":
                                    return InputText.from_dict(data)
                                if kind == "input_image":
                                    return InputImage.from_dict(data)
                                if kind == "input_file":
                                    return InputFile.from_dict(data)
                                if kind == "output_text":
                                    return OutputText.from_dict(data)
                                if kind == "refusal":
                                    return OutputRefusal.from_dict(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

                        if isinstance(data, dict):
                            return UnknownInputContentPart.from_dict(data)
                        raise TypeError(f"expected one of the forms of content_type_1_item, got {type(data).__name__}")

                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                content = content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        def _parse_type_(data: object) -> Literal["message"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            type_type_0 = cast("Literal['message']", data)
            if type_type_0 != "message":
                raise ValueError(f"type_type_0 must match const 'message', got '{type_type_0}'")
            return type_type_0

            return cast("Literal['message'] | None | Unset", data)

        type_ = _parse_type_(d.pop("type", UNSET))

        id: None | str | Unset = d.pop("id", UNSET)

        status: ItemStatus | None | Unset = d.pop("status", UNSET)

        phase: InputMessagePhaseType0 | None | Unset = d.pop("phase", UNSET)

        input_message = cls(
            role,
            content,
            type_,
            id,
            status,
            phase,
        )

        input_message.additional_properties = d
        return input_message

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


# Imported once InputMessage exists, so that models which contain each other load in either order.
from ..models.input_file import InputFile
from ..models.input_image import InputImage
from ..models.input_text import InputText
from ..models.output_refusal import OutputRefusal
from ..models.output_text import OutputText
from ..models.unknown_input_content_part import UnknownInputContentPart
