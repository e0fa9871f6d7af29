from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prompt_cache_options_mode import PromptCacheOptionsMode
from ..models.prompt_cache_options_ttl import PromptCacheOptionsTtl
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromptCacheOptions")


@_attrs_define
class PromptCacheOptions:
    """Options for prompt caching.

    Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses one implicit cache
    breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`. Each request
    can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the
    conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit
    breakpoint. The `ttl` defaults to `30m`. Supported lifetimes depend on the API. See the [prompt caching
    guide](https://developers.openai.com/api/docs/guides/prompt-caching) for current details.

        Attributes:
            mode (None | PromptCacheOptionsMode | Unset): Controls whether OpenAI automatically creates an implicit cache
                breakpoint.

                Defaults to `implicit`. With `implicit`, OpenAI creates one implicit breakpoint and writes up to the latest
                three explicit breakpoints in the request. With `explicit`, OpenAI does not create an implicit breakpoint and
                writes up to the latest four explicit breakpoints. If there are no explicit breakpoints, the request does not
                use prompt caching.
            ttl (None | PromptCacheOptionsTtl | Unset): The minimum lifetime applied to every implicit and explicit cache
                breakpoint written by the request. Defaults
                to `30m`; `12h` is accepted by the Responses API only. The backend may retain cache entries for longer.
            comparison_response_id (None | str | Unset): The ID of a response to compare when diagnosing prompt cache reuse.

                Supplying this field requests prompt cache diagnostics when the feature is enabled.
            prewarm (bool | None | Unset): Prepares the prompt cache without generating output.

                Defaults to `false`. When set to `true`, overrides the `generate` field to `false`.
    """

    mode: None | PromptCacheOptionsMode | Unset = UNSET
    ttl: None | PromptCacheOptionsTtl | Unset = UNSET
    comparison_response_id: None | str | Unset = UNSET
    prewarm: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, str):
            mode = self.mode
        else:
            mode = self.mode

        ttl: None | str | Unset
        if isinstance(self.ttl, Unset):
            ttl = UNSET
        elif isinstance(self.ttl, str):
            ttl = self.ttl
        else:
            ttl = self.ttl

        comparison_response_id: None | str | Unset
        if isinstance(self.comparison_response_id, Unset):
            comparison_response_id = UNSET
        else:
            comparison_response_id = self.comparison_response_id

        prewarm: bool | None | Unset
        if isinstance(self.prewarm, Unset):
            prewarm = UNSET
        else:
            prewarm = self.prewarm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if comparison_response_id is not UNSET:
            field_dict["comparison_response_id"] = comparison_response_id
        if prewarm is not UNSET:
            field_dict["prewarm"] = prewarm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode: None | PromptCacheOptionsMode | Unset = d.pop("mode", UNSET)

        ttl: None | PromptCacheOptionsTtl | Unset = d.pop("ttl", UNSET)

        comparison_response_id: None | str | Unset = d.pop("comparison_response_id", UNSET)

        prewarm: bool | None | Unset = d.pop("prewarm", UNSET)

        prompt_cache_options = cls(
            mode,
            ttl,
            comparison_response_id,
            prewarm,
        )

        prompt_cache_options.additional_properties = d
        return prompt_cache_options

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
