from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TextPart")


@_attrs_define
class TextPart:
    """
    Attributes:
        type_ (Literal['text']):
        text (str):
        prompt_cache_breakpoint (None | PromptCacheBreakpoint | Unset):
    """

    type_: Literal["text"]
    text: str
    prompt_cache_breakpoint: None | PromptCacheBreakpoint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

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
                "text": text,
            }
        )
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['text']", d.pop("type"))
        if type_ != "text":
            raise ValueError(f"type must match const 'text', got '{type_}'")

        text = d.pop("text")

        prompt_cache_breakpoint: None | PromptCacheBreakpoint | Unset = d.pop("prompt_cache_breakpoint", UNSET)
        if isinstance(prompt_cache_breakpoint, dict):
            try:
                prompt_cache_breakpoint = PromptCacheBreakpoint.from_dict(prompt_cache_breakpoint)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as PromptCacheBreakpoint: kept as it came

        text_part = cls(
            type_,
            text,
            prompt_cache_breakpoint,
        )

        text_part.additional_properties = d
        return text_part

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


# Imported once TextPart exists, so that models which contain each other load in either order.
from ..models.prompt_cache_breakpoint import PromptCacheBreakpoint
