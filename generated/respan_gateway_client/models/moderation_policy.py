from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModerationPolicy")


@_attrs_define
class ModerationPolicy:
    """The policy to apply to moderated response input and output.

    Attributes:
        input_ (ModerationPolicyInput | None | Unset): The moderation policy for the response input.
        output (ModerationPolicyOutput | None | Unset): The moderation policy for the response output.
    """

    input_: ModerationPolicyInput | None | Unset = UNSET
    output: ModerationPolicyOutput | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_: dict[str, Any] | None | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, ModerationPolicyInput):
            input_ = self.input_.to_dict()
        else:
            input_ = self.input_

        output: dict[str, Any] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, ModerationPolicyOutput):
            output = self.output.to_dict()
        else:
            output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_: ModerationPolicyInput | None | Unset = d.pop("input", UNSET)
        if isinstance(input_, dict):
            try:
                input_ = ModerationPolicyInput.from_dict(input_)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ModerationPolicyInput: kept as it came

        output: ModerationPolicyOutput | None | Unset = d.pop("output", UNSET)
        if isinstance(output, dict):
            try:
                output = ModerationPolicyOutput.from_dict(output)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ModerationPolicyOutput: kept as it came

        moderation_policy = cls(
            input_,
            output,
        )

        moderation_policy.additional_properties = d
        return moderation_policy

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


# Imported once ModerationPolicy exists, so that models which contain each other load in either order.
from ..models.moderation_policy_input import ModerationPolicyInput
from ..models.moderation_policy_output import ModerationPolicyOutput
