from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_prompt_cache_breakpoint_ttl import (
    FilePromptCacheBreakpointTtl,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FilePromptCacheBreakpoint")


@_attrs_define
class FilePromptCacheBreakpoint:
    """Marks the exact end of a reusable prompt prefix.

    When `ttl` is omitted, the breakpoint inherits the request's `prompt_cache_options.ttl`; the boundary is not
    rounded to a token block.

        Attributes:
            mode (Literal['explicit']): The breakpoint mode. Always `explicit`.
            ttl (FilePromptCacheBreakpointTtl | None | Unset): The minimum lifetime of this cache breakpoint. Defaults to
                the request TTL.
    """

    mode: Literal["explicit"]
    ttl: FilePromptCacheBreakpointTtl | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode

        ttl: None | str | Unset
        if isinstance(self.ttl, Unset):
            ttl = UNSET
        elif isinstance(self.ttl, str):
            ttl = self.ttl
        else:
            ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
            }
        )
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = cast("Literal['explicit']", d.pop("mode"))
        if mode != "explicit":
            raise ValueError(f"mode must match const 'explicit', got '{mode}'")

        ttl: FilePromptCacheBreakpointTtl | None | Unset = d.pop("ttl", UNSET)

        file_prompt_cache_breakpoint = cls(
            mode,
            ttl,
        )

        file_prompt_cache_breakpoint.additional_properties = d
        return file_prompt_cache_breakpoint

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
