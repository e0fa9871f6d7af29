from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageGenerationCallError")


@_attrs_define
class ImageGenerationCallError:
    """Details of a moderation failure, when available.

    Attributes:
        message (str): A description of the error.
        type_ (str): The error type.
        code (None | str | Unset): The error code.
        param (None | str | Unset): The related request parameter.
        moderation_details (ImageGenerationCallErrorModerationDetails | None | Unset):
    """

    message: str
    type_: str
    code: None | str | Unset = UNSET
    param: None | str | Unset = UNSET
    moderation_details: ImageGenerationCallErrorModerationDetails | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        type_ = self.type_

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        param: None | str | Unset
        if isinstance(self.param, Unset):
            param = UNSET
        else:
            param = self.param

        moderation_details: dict[str, Any] | None | Unset
        if isinstance(self.moderation_details, Unset):
            moderation_details = UNSET
        elif isinstance(self.moderation_details, ImageGenerationCallErrorModerationDetails):
            moderation_details = self.moderation_details.to_dict()
        else:
            moderation_details = self.moderation_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "type": type_,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if param is not UNSET:
            field_dict["param"] = param
        if moderation_details is not UNSET:
            field_dict["moderation_details"] = moderation_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        type_ = d.pop("type")

        code: None | str | Unset = d.pop("code", UNSET)

        param: None | str | Unset = d.pop("param", UNSET)

        moderation_details: ImageGenerationCallErrorModerationDetails | None | Unset = d.pop(
            "moderation_details", UNSET
        )
        if isinstance(moderation_details, dict):
            try:
                moderation_details = ImageGenerationCallErrorModerationDetails.from_dict(moderation_details)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ImageGenerationCallErrorModerationDetails: kept as it came

        image_generation_call_error = cls(
            message,
            type_,
            code,
            param,
            moderation_details,
        )

        image_generation_call_error.additional_properties = d
        return image_generation_call_error

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


# Imported once ImageGenerationCallError exists, so that models which contain each other load in either order.
from ..models.image_generation_call_error_moderation_details import ImageGenerationCallErrorModerationDetails
