from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_image_detail import InputImageDetail, check_input_image_detail
from ..types import UNSET, Unset

T = TypeVar("T", bound="InputImage")


@_attrs_define
class InputImage:
    """
    Attributes:
        type_ (Literal['input_image']):
        image_url (str | Unset): An https URL or a `data:` URL with base64 image bytes.
        file_id (str | Unset):
        detail (InputImageDetail | Unset):
        prompt_cache_breakpoint (PromptCacheBreakpoint | Unset): Marks the exact end of a reusable prompt prefix.

            When `ttl` is omitted, the breakpoint inherits the request's `prompt_cache_options.ttl`; the boundary is not
            rounded to a token block.
    """

    type_: Literal["input_image"]
    image_url: str | Unset = UNSET
    file_id: str | Unset = UNSET
    detail: InputImageDetail | Unset = UNSET
    prompt_cache_breakpoint: PromptCacheBreakpoint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        image_url = self.image_url

        file_id = self.file_id

        detail: str | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail

        prompt_cache_breakpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()

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

        image_url = d.pop("image_url", UNSET)

        file_id = d.pop("file_id", UNSET)

        _detail = d.pop("detail", UNSET)
        detail: InputImageDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = check_input_image_detail(_detail)

        _prompt_cache_breakpoint = d.pop("prompt_cache_breakpoint", UNSET)
        prompt_cache_breakpoint: PromptCacheBreakpoint | Unset
        if isinstance(_prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        else:
            prompt_cache_breakpoint = PromptCacheBreakpoint.from_dict(_prompt_cache_breakpoint)

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
