from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FilePart")


@_attrs_define
class FilePart:
    """
    Attributes:
        type_ (Literal['file']):
        file (FilePartFile):
        prompt_cache_breakpoint (FilePromptCacheBreakpoint | None | Unset):
    """

    type_: Literal["file"]
    file: FilePartFile
    prompt_cache_breakpoint: FilePromptCacheBreakpoint | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        file = self.file.to_dict()

        prompt_cache_breakpoint: dict[str, Any] | None | Unset
        if isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        elif isinstance(self.prompt_cache_breakpoint, FilePromptCacheBreakpoint):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()
        else:
            prompt_cache_breakpoint = self.prompt_cache_breakpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "file": file,
            }
        )
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['file']", d.pop("type"))
        if type_ != "file":
            raise ValueError(f"type must match const 'file', got '{type_}'")

        file = FilePartFile.from_dict(d.pop("file"))

        prompt_cache_breakpoint: FilePromptCacheBreakpoint | None | Unset = d.pop("prompt_cache_breakpoint", UNSET)
        if isinstance(prompt_cache_breakpoint, dict):
            try:
                prompt_cache_breakpoint = FilePromptCacheBreakpoint.from_dict(prompt_cache_breakpoint)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as FilePromptCacheBreakpoint: kept as it came

        file_part = cls(
            type_,
            file,
            prompt_cache_breakpoint,
        )

        file_part.additional_properties = d
        return file_part

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


# Imported once FilePart exists, so that models which contain each other load in either order.
from ..models.file_part_file import FilePartFile
from ..models.file_prompt_cache_breakpoint import FilePromptCacheBreakpoint
