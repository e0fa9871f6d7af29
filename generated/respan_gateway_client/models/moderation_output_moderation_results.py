from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ModerationOutputModerationResults")


@_attrs_define
class ModerationOutputModerationResults:
    """Successful moderation results for the request input or generated output.

    Attributes:
        model (str): The moderation model used to generate the results.
        results (list[ModerationOutputModerationResultsResult]): A list of moderation results.
        type_ (Literal['moderation_results']): The object type, which is always `moderation_results`.
    """

    model: str
    results: list[ModerationOutputModerationResultsResult]
    type_: Literal["moderation_results"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "results": results,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = ModerationOutputModerationResultsResult.from_dict(results_item_data)

            results.append(results_item)

        type_ = cast("Literal['moderation_results']", d.pop("type"))
        if type_ != "moderation_results":
            raise ValueError(f"type must match const 'moderation_results', got '{type_}'")

        moderation_output_moderation_results = cls(
            model,
            results,
            type_,
        )

        moderation_output_moderation_results.additional_properties = d
        return moderation_output_moderation_results

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


# Imported once ModerationOutputModerationResults exists, so that models which contain each other load in either order.
from ..models.moderation_output_moderation_results_result import ModerationOutputModerationResultsResult
