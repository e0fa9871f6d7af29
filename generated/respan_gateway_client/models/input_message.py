from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_message_role import InputMessageRole, check_input_message_role
from ..models.item_status import ItemStatus, check_item_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="InputMessage")


@_attrs_define
class InputMessage:
    """
    Attributes:
        role (InputMessageRole):
        content (list[InputFile | InputImage | InputText | OutputRefusal | OutputText] | str):
        type_ (Literal['message'] | Unset):
        id (str | Unset):
        status (ItemStatus | Unset):
    """

    role: InputMessageRole
    content: list[InputFile | InputImage | InputText | OutputRefusal | OutputText] | str
    type_: Literal["message"] | Unset = UNSET
    id: str | Unset = UNSET
    status: ItemStatus | Unset = UNSET
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = check_input_message_role(d.pop("role"))

        def _parse_content(data: object) -> list[InputFile | InputImage | InputText | OutputRefusal | OutputText] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> InputFile | InputImage | InputText | OutputRefusal | OutputText:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_input_content_part_type_0 = InputText.from_dict(data)

                            return componentsschemas_input_content_part_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_input_content_part_type_1 = InputImage.from_dict(data)

                            return componentsschemas_input_content_part_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_input_content_part_type_2 = InputFile.from_dict(data)

                            return componentsschemas_input_content_part_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_input_content_part_type_3 = OutputText.from_dict(data)

                            return componentsschemas_input_content_part_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_input_content_part_type_4 = OutputRefusal.from_dict(data)

                        return componentsschemas_input_content_part_type_4

                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[InputFile | InputImage | InputText | OutputRefusal | OutputText] | str", data)

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

        input_message = cls(
            role=role,
            content=content,
            type_=type_,
            id=id,
            status=status,
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
