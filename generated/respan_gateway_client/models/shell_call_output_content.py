from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShellCallOutputContent")


@_attrs_define
class ShellCallOutputContent:
    """Captured stdout and stderr for a portion of a shell tool call output.

    Attributes:
        outcome (ShellCallOutcomeExit | ShellCallOutcomeTimeout): The exit or timeout outcome associated with this shell
            call.
        stderr (str): Captured stderr output for the shell call.
        stdout (str): Captured stdout output for the shell call.
        created_by (None | str | Unset): The identifier of the actor that created the item.
    """

    outcome: ShellCallOutcomeExit | ShellCallOutcomeTimeout
    stderr: str
    stdout: str
    created_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outcome: dict[str, Any]
        if isinstance(self.outcome, ShellCallOutcomeTimeout):
            outcome = self.outcome.to_dict()
        else:
            outcome = self.outcome.to_dict()

        stderr = self.stderr

        stdout = self.stdout

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outcome": outcome,
                "stderr": stderr,
                "stdout": stdout,
            }
        )
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_outcome(data: object) -> ShellCallOutcomeExit | ShellCallOutcomeTimeout:
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind == "timeout":
                        return ShellCallOutcomeTimeout.from_dict(data)
                    if kind == "exit":
                        return ShellCallOutcomeExit.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

            raise TypeError(f"expected one of the forms of outcome, got {type(data).__name__}")

        outcome = _parse_outcome(d.pop("outcome"))

        stderr = d.pop("stderr")

        stdout = d.pop("stdout")

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        shell_call_output_content = cls(
            outcome,
            stderr,
            stdout,
            created_by,
        )

        shell_call_output_content.additional_properties = d
        return shell_call_output_content

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


# Imported once ShellCallOutputContent exists, so that models which contain each other load in either order.
from ..models.shell_call_outcome_exit import ShellCallOutcomeExit
from ..models.shell_call_outcome_timeout import ShellCallOutcomeTimeout
