from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConfigurationUpdateText")


@_attrs_define
class ConfigurationUpdateText:
    """The text output configuration for subsequent responses.

    Attributes:
        format_ (ResponseFormatText | TextFormatJsonSchema): Use a JSON schema for structured output or text to return
            to plain text.
    """

    format_: ResponseFormatText | TextFormatJsonSchema
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_: dict[str, Any]
        if isinstance(self.format_, ResponseFormatText):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_format_(data: object) -> ResponseFormatText | TextFormatJsonSchema:
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind == "text":
                        return ResponseFormatText.from_dict(data)
                    if kind == "json_schema":
                        return TextFormatJsonSchema.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

            raise TypeError(f"expected one of the forms of format, got {type(data).__name__}")

        format_ = _parse_format_(d.pop("format"))

        configuration_update_text = cls(
            format_,
        )

        configuration_update_text.additional_properties = d
        return configuration_update_text

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


# Imported once ConfigurationUpdateText exists, so that models which contain each other load in either order.
from ..models.response_format_text import ResponseFormatText
from ..models.text_format_json_schema import TextFormatJsonSchema
