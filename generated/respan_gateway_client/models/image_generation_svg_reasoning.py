from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_generation_svg_reasoning_effort import (
    ImageGenerationSvgReasoningEffort,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageGenerationSvgReasoning")


@_attrs_define
class ImageGenerationSvgReasoning:
    """Reasoning effort for SVG authoring.

    When omitted, uses the author model's default in both Images and Responses.

        Attributes:
            effort (ImageGenerationSvgReasoningEffort | None | Unset): Controls how much effort the model should spend on
                reasoning for this request.
    """

    effort: ImageGenerationSvgReasoningEffort | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effort: None | str | Unset
        if isinstance(self.effort, Unset):
            effort = UNSET
        elif isinstance(self.effort, str):
            effort = self.effort
        else:
            effort = self.effort

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if effort is not UNSET:
            field_dict["effort"] = effort

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effort: ImageGenerationSvgReasoningEffort | None | Unset = d.pop("effort", UNSET)

        image_generation_svg_reasoning = cls(
            effort,
        )

        image_generation_svg_reasoning.additional_properties = d
        return image_generation_svg_reasoning

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
