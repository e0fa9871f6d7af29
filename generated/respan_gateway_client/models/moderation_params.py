from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModerationParams")


@_attrs_define
class ModerationParams:
    """Configuration for running moderation on the request input and generated output.

    Attributes:
        model (str): The moderation model to use for moderated completions, e.g.

            'omni-moderation-latest'.
        policy (ModerationPolicy | None | Unset): The policy to apply to moderated response input and output.
    """

    model: str
    policy: ModerationPolicy | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        policy: dict[str, Any] | None | Unset
        if isinstance(self.policy, Unset):
            policy = UNSET
        elif isinstance(self.policy, ModerationPolicy):
            policy = self.policy.to_dict()
        else:
            policy = self.policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if policy is not UNSET:
            field_dict["policy"] = policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        policy: ModerationPolicy | None | Unset = d.pop("policy", UNSET)
        if isinstance(policy, dict):
            try:
                policy = ModerationPolicy.from_dict(policy)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ModerationPolicy: kept as it came

        moderation_params = cls(
            model,
            policy,
        )

        moderation_params.additional_properties = d
        return moderation_params

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


# Imported once ModerationParams exists, so that models which contain each other load in either order.
from ..models.moderation_policy import ModerationPolicy
