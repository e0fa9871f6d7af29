from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.misalignment_error_type_type_0 import MisalignmentErrorTypeType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="Misalignment")


@_attrs_define
class Misalignment:
    """
    Attributes:
        detailed_explanation (None | str | Unset): The public explanation for this block.
        error_type (MisalignmentErrorTypeType0 | None | str | Unset): An optional classification; clients must accept
            additional values.
        review_target (None | str | Unset): An opaque target for explicitly continuing this review, or null when
            unavailable.
        steer (MisalignmentSteer | None | Unset): An optional public continuation instruction.
    """

    detailed_explanation: None | str | Unset = UNSET
    error_type: MisalignmentErrorTypeType0 | None | str | Unset = UNSET
    review_target: None | str | Unset = UNSET
    steer: MisalignmentSteer | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detailed_explanation: None | str | Unset
        if isinstance(self.detailed_explanation, Unset):
            detailed_explanation = UNSET
        else:
            detailed_explanation = self.detailed_explanation

        error_type: None | str | Unset
        if isinstance(self.error_type, Unset):
            error_type = UNSET
        elif isinstance(self.error_type, str):
            error_type = self.error_type
        else:
            error_type = self.error_type

        review_target: None | str | Unset
        if isinstance(self.review_target, Unset):
            review_target = UNSET
        else:
            review_target = self.review_target

        steer: dict[str, Any] | None | Unset
        if isinstance(self.steer, Unset):
            steer = UNSET
        elif isinstance(self.steer, MisalignmentSteer):
            steer = self.steer.to_dict()
        else:
            steer = self.steer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detailed_explanation is not UNSET:
            field_dict["detailed_explanation"] = detailed_explanation
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if review_target is not UNSET:
            field_dict["review_target"] = review_target
        if steer is not UNSET:
            field_dict["steer"] = steer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        detailed_explanation: None | str | Unset = d.pop("detailed_explanation", UNSET)

        error_type: MisalignmentErrorTypeType0 | None | str | Unset = d.pop("error_type", UNSET)

        review_target: None | str | Unset = d.pop("review_target", UNSET)

        steer: MisalignmentSteer | None | Unset = d.pop("steer", UNSET)
        if isinstance(steer, dict):
            try:
                steer = MisalignmentSteer.from_dict(steer)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as MisalignmentSteer: kept as it came

        misalignment = cls(
            detailed_explanation,
            error_type,
            review_target,
            steer,
        )

        misalignment.additional_properties = d
        return misalignment

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


# Imported once Misalignment exists, so that models which contain each other load in either order.
from ..models.misalignment_steer import MisalignmentSteer
