from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_part_image_url_detail import ImagePartImageUrlDetail
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImagePartImageUrl")


@_attrs_define
class ImagePartImageUrl:
    """
    Attributes:
        url (str): An https URL or a `data:` URL with base64 image bytes.
        detail (ImagePartImageUrlDetail | None | Unset):
    """

    url: str
    detail: ImagePartImageUrlDetail | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        elif isinstance(self.detail, str):
            detail = self.detail
        else:
            detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        detail: ImagePartImageUrlDetail | None | Unset = d.pop("detail", UNSET)

        image_part_image_url = cls(
            url,
            detail,
        )

        image_part_image_url.additional_properties = d
        return image_part_image_url

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
