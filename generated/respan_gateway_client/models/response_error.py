from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseError")


@_attrs_define
class ResponseError:
    """
    Attributes:
        code (str):
        message (str):
        misalignment (Misalignment | None | Unset):
        param (None | str | Unset): The request parameter associated with the error, or null if none was recorded.
        type_ (None | str | Unset): The original error type, or null if it was not recorded.
    """

    code: str
    message: str
    misalignment: Misalignment | None | Unset = UNSET
    param: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        misalignment: dict[str, Any] | None | Unset
        if isinstance(self.misalignment, Unset):
            misalignment = UNSET
        elif isinstance(self.misalignment, Misalignment):
            misalignment = self.misalignment.to_dict()
        else:
            misalignment = self.misalignment

        param: None | str | Unset
        if isinstance(self.param, Unset):
            param = UNSET
        else:
            param = self.param

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if misalignment is not UNSET:
            field_dict["misalignment"] = misalignment
        if param is not UNSET:
            field_dict["param"] = param
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        misalignment: Misalignment | None | Unset = d.pop("misalignment", UNSET)
        if isinstance(misalignment, dict):
            try:
                misalignment = Misalignment.from_dict(misalignment)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as Misalignment: kept as it came

        param: None | str | Unset = d.pop("param", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        response_error = cls(
            code,
            message,
            misalignment,
            param,
            type_,
        )

        response_error.additional_properties = d
        return response_error

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


# Imported once ResponseError exists, so that models which contain each other load in either order.
from ..models.misalignment import Misalignment
