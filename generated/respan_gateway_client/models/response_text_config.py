from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_text_config_verbosity import ResponseTextConfigVerbosity
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseTextConfig")


@_attrs_define
class ResponseTextConfig:
    """Text output configuration.

    Attributes:
        format_ (None | ResponseFormatJsonObject | ResponseFormatText | TextFormatJsonSchema | UnknownResponseTextFormat
            | Unset):
        verbosity (None | ResponseTextConfigVerbosity | Unset):
    """

    format_: (
        None | ResponseFormatJsonObject | ResponseFormatText | TextFormatJsonSchema | UnknownResponseTextFormat | Unset
    ) = UNSET
    verbosity: None | ResponseTextConfigVerbosity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_: dict[str, Any] | None | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, ResponseFormatText):
            format_ = self.format_.to_dict()
        elif isinstance(self.format_, ResponseFormatJsonObject):
            format_ = self.format_.to_dict()
        elif isinstance(self.format_, TextFormatJsonSchema):
            format_ = self.format_.to_dict()
        elif isinstance(self.format_, UnknownResponseTextFormat):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_

        verbosity: None | str | Unset
        if isinstance(self.verbosity, Unset):
            verbosity = UNSET
        elif isinstance(self.verbosity, str):
            verbosity = self.verbosity
        else:
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
        ) -> (
            None
            | ResponseFormatJsonObject
            | ResponseFormatText
            | TextFormatJsonSchema
            | UnknownResponseTextFormat
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind == "text":
                        return ResponseFormatText.from_dict(data)
                    if kind == "json_object":
                        return ResponseFormatJsonObject.from_dict(data)
                    if kind == "json_schema":
                        return TextFormatJsonSchema.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

            if isinstance(data, dict):
                return UnknownResponseTextFormat.from_dict(data)
            return cast(
                "None | ResponseFormatJsonObject | ResponseFormatText | TextFormatJsonSchema | UnknownResponseTextFormat | Unset",
                data,
            )

        format_ = _parse_format_(d.pop("format", UNSET))

        verbosity: None | ResponseTextConfigVerbosity | Unset = d.pop("verbosity", UNSET)

        response_text_config = cls(
            format_,
            verbosity,
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
from ..models.unknown_response_text_format import UnknownResponseTextFormat
