from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ComputerScreenshot")


@_attrs_define
class ComputerScreenshot:
    """A computer screenshot image used with the computer use tool.

    Attributes:
        type_ (Literal['computer_screenshot']): Specifies the event type.

            For a computer screenshot, this property is always set to `computer_screenshot`.
        file_id (None | str | Unset): The identifier of an uploaded file that contains the screenshot.
        image_url (None | str | Unset): The URL of the screenshot image.
    """

    type_: Literal["computer_screenshot"]
    file_id: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if image_url is not UNSET:
            field_dict["image_url"] = image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['computer_screenshot']", d.pop("type"))
        if type_ != "computer_screenshot":
            raise ValueError(f"type must match const 'computer_screenshot', got '{type_}'")

        file_id: None | str | Unset = d.pop("file_id", UNSET)

        image_url: None | str | Unset = d.pop("image_url", UNSET)

        computer_screenshot = cls(
            type_,
            file_id,
            image_url,
        )

        computer_screenshot.additional_properties = d
        return computer_screenshot

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
