from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_image_detail import InputImageDetail
from ..types import UNSET, Unset

T = TypeVar("T", bound="InputImage")


@_attrs_define
class InputImage:
    """
    Attributes:
        type_ (Literal['input_image']):
        image_url (None | str | Unset): An https URL or a `data:` URL with base64 image bytes.
        file_id (None | str | Unset):
        detail (InputImageDetail | None | Unset):
        prompt_cache_breakpoint (None | PromptCacheBreakpoint | Unset):
    """

    type_: Literal["input_image"]
    image_url: None | str | Unset = UNSET
    file_id: None | str | Unset = UNSET
    detail: InputImageDetail | None | Unset = UNSET
    prompt_cache_breakpoint: None | PromptCacheBreakpoint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        elif isinstance(self.detail, str):
            detail = self.detail
        else:
            detail = self.detail

        prompt_cache_breakpoint: dict[str, Any] | None | Unset
        if isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        elif isinstance(self.prompt_cache_breakpoint, PromptCacheBreakpoint):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()
        else:
            prompt_cache_breakpoint = self.prompt_cache_breakpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if detail is not UNSET:
            field_dict["detail"] = detail
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['input_image']", d.pop("type"))
        if type_ != "input_image":
            raise ValueError(f"type must match const 'input_image', got '{type_}'")

        image_url: None | str | Unset = d.pop("image_url", UNSET)

        file_id: None | str | Unset = d.pop("file_id", UNSET)

        detail: InputImageDetail | None | Unset = d.pop("detail", UNSET)

        prompt_cache_breakpoint: None | PromptCacheBreakpoint | Unset = d.pop("prompt_cache_breakpoint", UNSET)
        if isinstance(prompt_cache_breakpoint, dict):
            try:
                prompt_cache_breakpoint = PromptCacheBreakpoint.from_dict(prompt_cache_breakpoint)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as PromptCacheBreakpoint: kept as it came

        input_image = cls(
            type_,
            image_url,
            file_id,
            detail,
            prompt_cache_breakpoint,
        )

        input_image.additional_properties = d
        return input_image

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


# Imported once InputImage exists, so that models which contain each other load in either order.
from ..models.prompt_cache_breakpoint import PromptCacheBreakpoint
