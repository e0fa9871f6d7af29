from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Moderation")


@_attrs_define
class Moderation:
    """Moderation results for the response input and output, if moderated completions were requested.

    Attributes:
        input_ (ModerationInputError | ModerationInputModerationResult): Moderation for the response input.
        output (ModerationOutputError | ModerationOutputModerationResult): Moderation for the response output.
    """

    input_: ModerationInputError | ModerationInputModerationResult
    output: ModerationOutputError | ModerationOutputModerationResult
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_: dict[str, Any]
        if isinstance(self.input_, ModerationInputModerationResult):
            input_ = self.input_.to_dict()
        else:
            input_ = self.input_.to_dict()

        output: dict[str, Any]
        if isinstance(self.output, ModerationOutputModerationResult):
            output = self.output.to_dict()
        else:
            output = self.output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "output": output,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_input_(data: object) -> ModerationInputError | ModerationInputModerationResult:
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind == "moderation_result":
                        return ModerationInputModerationResult.from_dict(data)
                    if kind == "error":
                        return ModerationInputError.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

            raise TypeError(f"expected one of the forms of input, got {type(data).__name__}")

        input_ = _parse_input_(d.pop("input"))

        def _parse_output(data: object) -> ModerationOutputError | ModerationOutputModerationResult:
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind == "moderation_result":
                        return ModerationOutputModerationResult.from_dict(data)
                    if kind == "error":
                        return ModerationOutputError.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

            raise TypeError(f"expected one of the forms of output, got {type(data).__name__}")

        output = _parse_output(d.pop("output"))

        moderation = cls(
            input_,
            output,
        )

        moderation.additional_properties = d
        return moderation

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


# Imported once Moderation exists, so that models which contain each other load in either order.
from ..models.moderation_input_error import ModerationInputError
from ..models.moderation_input_moderation_result import ModerationInputModerationResult
from ..models.moderation_output_error import ModerationOutputError
from ..models.moderation_output_moderation_result import ModerationOutputModerationResult
