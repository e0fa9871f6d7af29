from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_options_context_compression import (
    ImageOptionsContextCompression,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageOptions")


@_attrs_define
class ImageOptions:
    """Request level image options.

    Attributes:
        context_compression (ImageOptionsContextCompression | None | Unset): Controls image context optimization.

            Defaults to `auto`, which uses the model, transport, and input to select a policy. Use `enabled` to require
            compression support or `disabled` to turn it off.
    """

    context_compression: ImageOptionsContextCompression | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context_compression: None | str | Unset
        if isinstance(self.context_compression, Unset):
            context_compression = UNSET
        elif isinstance(self.context_compression, str):
            context_compression = self.context_compression
        else:
            context_compression = self.context_compression

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if context_compression is not UNSET:
            field_dict["context_compression"] = context_compression

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        context_compression: ImageOptionsContextCompression | None | Unset = d.pop("context_compression", UNSET)

        image_options = cls(
            context_compression,
        )

        image_options.additional_properties = d
        return image_options

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
