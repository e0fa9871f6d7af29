from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_file_detail import InputFileDetail
from ..types import UNSET, Unset

T = TypeVar("T", bound="InputFile")


@_attrs_define
class InputFile:
    """
    Attributes:
        type_ (Literal['input_file']):
        file_id (None | str | Unset):
        file_data (None | str | Unset): Base64-encoded file bytes.
        file_url (None | str | Unset):
        filename (None | str | Unset):
        detail (InputFileDetail | None | Unset): The detail level of the file to be sent to the model.

            Use `auto` to let the system select the detail level; for GPT-5.6 and later models, `auto` uses high-quality
            rendering, which may increase input token usage. Use `low` for lower-cost rendering, or `high` to render the
            file at higher quality. Defaults to `auto`.
        prompt_cache_breakpoint (None | PromptCacheBreakpoint | Unset):
    """

    type_: Literal["input_file"]
    file_id: None | str | Unset = UNSET
    file_data: None | str | Unset = UNSET
    file_url: None | str | Unset = UNSET
    filename: None | str | Unset = UNSET
    detail: InputFileDetail | None | Unset = UNSET
    prompt_cache_breakpoint: None | PromptCacheBreakpoint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        file_data: None | str | Unset
        if isinstance(self.file_data, Unset):
            file_data = UNSET
        else:
            file_data = self.file_data

        file_url: None | str | Unset
        if isinstance(self.file_url, Unset):
            file_url = UNSET
        else:
            file_url = self.file_url

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

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
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if file_data is not UNSET:
            field_dict["file_data"] = file_data
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if filename is not UNSET:
            field_dict["filename"] = filename
        if detail is not UNSET:
            field_dict["detail"] = detail
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['input_file']", d.pop("type"))
        if type_ != "input_file":
            raise ValueError(f"type must match const 'input_file', got '{type_}'")

        file_id: None | str | Unset = d.pop("file_id", UNSET)

        file_data: None | str | Unset = d.pop("file_data", UNSET)

        file_url: None | str | Unset = d.pop("file_url", UNSET)

        filename: None | str | Unset = d.pop("filename", UNSET)

        detail: InputFileDetail | None | Unset = d.pop("detail", UNSET)

        prompt_cache_breakpoint: None | PromptCacheBreakpoint | Unset = d.pop("prompt_cache_breakpoint", UNSET)
        if isinstance(prompt_cache_breakpoint, dict):
            try:
                prompt_cache_breakpoint = PromptCacheBreakpoint.from_dict(prompt_cache_breakpoint)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as PromptCacheBreakpoint: kept as it came

        input_file = cls(
            type_,
            file_id,
            file_data,
            file_url,
            filename,
            detail,
            prompt_cache_breakpoint,
        )

        input_file.additional_properties = d
        return input_file

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


# Imported once InputFile exists, so that models which contain each other load in either order.
from ..models.prompt_cache_breakpoint import PromptCacheBreakpoint
