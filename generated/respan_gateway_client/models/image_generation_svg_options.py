from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageGenerationSvgOptions")


@_attrs_define
class ImageGenerationSvgOptions:
    """SVG author model settings.

    Requires `output_format` to be `svg`. When SVG model selection is enabled, omitting this object uses the outer
    response model. Otherwise, the default SVG author is used and explicit model overrides are unavailable.

        Attributes:
            model (None | str | Unset):
            reasoning (ImageGenerationSvgReasoning | None | Unset): Reasoning effort for SVG authoring.

                When omitted, uses the author model's default in both Images and Responses.
    """

    model: None | str | Unset = UNSET
    reasoning: ImageGenerationSvgReasoning | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, ImageGenerationSvgReasoning):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model: None | str | Unset = d.pop("model", UNSET)

        reasoning: ImageGenerationSvgReasoning | None | Unset = d.pop("reasoning", UNSET)
        if isinstance(reasoning, dict):
            try:
                reasoning = ImageGenerationSvgReasoning.from_dict(reasoning)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ImageGenerationSvgReasoning: kept as it came

        image_generation_svg_options = cls(
            model,
            reasoning,
        )

        image_generation_svg_options.additional_properties = d
        return image_generation_svg_options

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


# Imported once ImageGenerationSvgOptions exists, so that models which contain each other load in either order.
from ..models.image_generation_svg_reasoning import ImageGenerationSvgReasoning
