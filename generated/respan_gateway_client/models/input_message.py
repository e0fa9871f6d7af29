from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_message_phase_type_0 import InputMessagePhaseType0
from ..models.input_message_role import InputMessageRole, check_input_message_role
from ..models.item_status import ItemStatus, check_item_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="InputMessage")


@_attrs_define
class InputMessage:
    """
    Attributes:
        role (InputMessageRole):
        content (list[InputFile | InputImage | InputText | OutputRefusal | OutputText | UnknownInputContentPart] | str):
        type_ (Literal['message'] | Unset):
        id (str | Unset):
        status (ItemStatus | Unset):
        phase (InputMessagePhaseType0 | None | Unset): Labels an `assistant` message as intermediate commentary
            (`commentary`) or the final answer (`final_answer`).
            For models like `gpt-5.3-codex` and beyond, when sending follow-up requests, preserve and resend phase on all
            assistant messages — dropping it can degrade performance. Not used for user messages.
    """

    role: InputMessageRole
    content: list[InputFile | InputImage | InputText | OutputRefusal | OutputText | UnknownInputContentPart] | str
    type_: Literal["message"] | Unset = UNSET
    id: str | Unset = UNSET
    status: ItemStatus | Unset = UNSET
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

        type_ = self.type_

        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
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

        def _parse_content(
            data: object,
        ) -> list[InputFile | InputImage | InputText | OutputRefusal | OutputText | UnknownInputContentPart] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
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

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast(
                "list[InputFile | InputImage | InputText | OutputRefusal | OutputText | UnknownInputContentPart] | str",
                data,
            )

        content = _parse_content(d.pop("content"))

        type_ = cast("Literal['message'] | Unset", d.pop("type", UNSET))
        if type_ != "message" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'message', got '{type_}'")

        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: ItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_item_status(_status)

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
