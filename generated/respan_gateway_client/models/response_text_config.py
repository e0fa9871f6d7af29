from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_text_config_verbosity import ResponseTextConfigVerbosity, check_response_text_config_verbosity
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseTextConfig")


@_attrs_define
class ResponseTextConfig:
    """Text output configuration.

    Attributes:
        format_ (ResponseFormatJsonObject | ResponseFormatText | TextFormatJsonSchema | Unset):
        verbosity (ResponseTextConfigVerbosity | Unset):
    """

    format_: ResponseFormatJsonObject | ResponseFormatText | TextFormatJsonSchema | Unset = UNSET
    verbosity: ResponseTextConfigVerbosity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_: dict[str, Any] | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, ResponseFormatText):
            format_ = self.format_.to_dict()
        elif isinstance(self.format_, ResponseFormatJsonObject):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_.to_dict()

        verbosity: str | Unset = UNSET
        if not isinstance(self.verbosity, Unset):
            verbosity = self.verbosity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_format_(
            data: object,
        ) -> ResponseFormatJsonObject | ResponseFormatText | TextFormatJsonSchema | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_text_format_type_0 = ResponseFormatText.from_dict(data)

                return componentsschemas_response_text_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_text_format_type_1 = ResponseFormatJsonObject.from_dict(data)

                return componentsschemas_response_text_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_response_text_format_type_2 = TextFormatJsonSchema.from_dict(data)

            return componentsschemas_response_text_format_type_2

        format_ = _parse_format_(d.pop("format", UNSET))

        _verbosity = d.pop("verbosity", UNSET)
        verbosity: ResponseTextConfigVerbosity | Unset
        if isinstance(_verbosity, Unset):
            verbosity = UNSET
        else:
            verbosity = check_response_text_config_verbosity(_verbosity)

        response_text_config = cls(
            format_=format_,
            verbosity=verbosity,
        )

        response_text_config.additional_properties = d
        return response_text_config

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


# Imported once ResponseTextConfig exists, so that models which contain each other load in either order.
from ..models.response_format_json_object import ResponseFormatJsonObject
from ..models.response_format_text import ResponseFormatText
from ..models.text_format_json_schema import TextFormatJsonSchema
