from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_config_context_type_0 import ReasoningConfigContextType0
from ..models.reasoning_config_effort import ReasoningConfigEffort
from ..models.reasoning_config_generate_summary_type_0 import (
    ReasoningConfigGenerateSummaryType0,
)
from ..models.reasoning_config_mode_type_0 import ReasoningConfigModeType0
from ..models.reasoning_config_summary import ReasoningConfigSummary
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReasoningConfig")


@_attrs_define
class ReasoningConfig:
    """Configuration for reasoning models.

    Attributes:
        effort (None | ReasoningConfigEffort | Unset):
        summary (None | ReasoningConfigSummary | Unset):
        context (None | ReasoningConfigContextType0 | Unset): Controls which reasoning items are rendered back to the
            model on later turns. If omitted or set to `auto`, the
            model determines the context mode. The `gpt-5.6` model family defaults to `all_turns`; earlier models default
            to `current_turn`.

            When returned on a response, this is the effective reasoning context mode used for the response.
        generate_summary (None | ReasoningConfigGenerateSummaryType0 | Unset): **Deprecated:** use `summary` instead.

            A summary of the reasoning performed by the model. This can be useful for debugging and understanding the
            model's reasoning process. One of `auto`, `concise`, or `detailed`.
        mode (None | ReasoningConfigModeType0 | str | Unset): Controls the reasoning execution mode for the request.

            When returned on a response, this is the effective execution mode.
    """

    effort: None | ReasoningConfigEffort | Unset = UNSET
    summary: None | ReasoningConfigSummary | Unset = UNSET
    context: None | ReasoningConfigContextType0 | Unset = UNSET
    generate_summary: None | ReasoningConfigGenerateSummaryType0 | Unset = UNSET
    mode: None | ReasoningConfigModeType0 | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effort: None | str | Unset
        if isinstance(self.effort, Unset):
            effort = UNSET
        elif isinstance(self.effort, str):
            effort = self.effort
        else:
            effort = self.effort

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, str):
            summary = self.summary
        else:
            summary = self.summary

        context: None | str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, str):
            context = self.context
        else:
            context = self.context

        generate_summary: None | str | Unset
        if isinstance(self.generate_summary, Unset):
            generate_summary = UNSET
        elif isinstance(self.generate_summary, str):
            generate_summary = self.generate_summary
        else:
            generate_summary = self.generate_summary

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, str):
            mode = self.mode
        else:
            mode = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if effort is not UNSET:
            field_dict["effort"] = effort
        if summary is not UNSET:
            field_dict["summary"] = summary
        if context is not UNSET:
            field_dict["context"] = context
        if generate_summary is not UNSET:
            field_dict["generate_summary"] = generate_summary
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effort: None | ReasoningConfigEffort | Unset = d.pop("effort", UNSET)

        summary: None | ReasoningConfigSummary | Unset = d.pop("summary", UNSET)

        context: None | ReasoningConfigContextType0 | Unset = d.pop("context", UNSET)

        generate_summary: None | ReasoningConfigGenerateSummaryType0 | Unset = d.pop("generate_summary", UNSET)

        mode: None | ReasoningConfigModeType0 | str | Unset = d.pop("mode", UNSET)

        reasoning_config = cls(
            effort,
            summary,
            context,
            generate_summary,
            mode,
        )

        reasoning_config.additional_properties = d
        return reasoning_config

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
