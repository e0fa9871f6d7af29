from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatStreamOptions")


@_attrs_define
class ChatStreamOptions:
    """Options for streaming; only with `stream` true.

    Attributes:
        include_usage (bool | Unset): Send a final chunk, before `[DONE]`, whose `usage` holds the token counts and
            whose `choices` is empty.
        include_obfuscation (bool | Unset): When true, stream obfuscation will be enabled.

            Stream obfuscation adds random characters to an `obfuscation` field on streaming delta events to normalize
            payload sizes as a mitigation to certain side-channel attacks. These obfuscation fields are included by
            default, but add a small amount of overhead to the data stream. You can set `include_obfuscation` to false to
            optimize for bandwidth if you trust the network links between your application and the OpenAI API.
    """

    include_usage: bool | Unset = UNSET
    include_obfuscation: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        include_usage = self.include_usage

        include_obfuscation = self.include_obfuscation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if include_usage is not UNSET:
            field_dict["include_usage"] = include_usage
        if include_obfuscation is not UNSET:
            field_dict["include_obfuscation"] = include_obfuscation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        include_usage = d.pop("include_usage", UNSET)

        include_obfuscation = d.pop("include_obfuscation", UNSET)

        chat_stream_options = cls(
            include_usage,
            include_obfuscation,
        )

        chat_stream_options.additional_properties = d
        return chat_stream_options

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
