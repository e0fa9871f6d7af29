from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.computer_call_output_status_type_0 import (
    ComputerCallOutputStatusType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComputerCallOutput")


@_attrs_define
class ComputerCallOutput:
    """The output of a computer tool call.

    Attributes:
        call_id (str): The ID of the computer tool call that produced the output.
        output (ComputerScreenshot): A computer screenshot image used with the computer use tool.
        type_ (Literal['computer_call_output']): The type of the computer tool call output. Always
            `computer_call_output`.
        id (None | str | Unset): The ID of the computer tool call output.
        acknowledged_safety_checks (list[ComputerSafetyCheck] | None | Unset): The safety checks reported by the API
            that have been acknowledged by the developer.
        status (ComputerCallOutputStatusType0 | None | Unset): The status of the message input.

            One of `in_progress`, `completed`, or `incomplete`. Populated when input items are returned via API.
        created_by (None | str | Unset): The identifier of the actor that created the item.
    """

    call_id: str
    output: ComputerScreenshot
    type_: Literal["computer_call_output"]
    id: None | str | Unset = UNSET
    acknowledged_safety_checks: list[ComputerSafetyCheck] | None | Unset = UNSET
    status: ComputerCallOutputStatusType0 | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        output = self.output.to_dict()

        type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        acknowledged_safety_checks: list[dict[str, Any]] | None | Unset
        if isinstance(self.acknowledged_safety_checks, Unset):
            acknowledged_safety_checks = UNSET
        elif isinstance(self.acknowledged_safety_checks, list):
            acknowledged_safety_checks = []
            for acknowledged_safety_checks_type_0_item_data in self.acknowledged_safety_checks:
                acknowledged_safety_checks_type_0_item = acknowledged_safety_checks_type_0_item_data.to_dict()
                acknowledged_safety_checks.append(acknowledged_safety_checks_type_0_item)

        else:
            acknowledged_safety_checks = self.acknowledged_safety_checks

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "output": output,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if acknowledged_safety_checks is not UNSET:
            field_dict["acknowledged_safety_checks"] = acknowledged_safety_checks
        if status is not UNSET:
            field_dict["status"] = status
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("call_id")

        output = ComputerScreenshot.from_dict(d.pop("output"))

        type_ = cast("Literal['computer_call_output']", d.pop("type"))
        if type_ != "computer_call_output":
            raise ValueError(f"type must match const 'computer_call_output', got '{type_}'")

        id: None | str | Unset = d.pop("id", UNSET)

        _acknowledged_safety_checks = d.pop("acknowledged_safety_checks", UNSET)
        acknowledged_safety_checks: list[ComputerSafetyCheck] | None | Unset = _acknowledged_safety_checks
        if isinstance(_acknowledged_safety_checks, list):
            try:
                acknowledged_safety_checks_type_0 = []
                _acknowledged_safety_checks_type_0 = _acknowledged_safety_checks
                for acknowledged_safety_checks_type_0_item_data in _acknowledged_safety_checks_type_0:
                    acknowledged_safety_checks_type_0_item = ComputerSafetyCheck.from_dict(
                        acknowledged_safety_checks_type_0_item_data
                    )

                    acknowledged_safety_checks_type_0.append(acknowledged_safety_checks_type_0_item)

                acknowledged_safety_checks = acknowledged_safety_checks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        status: ComputerCallOutputStatusType0 | None | Unset = d.pop("status", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        computer_call_output = cls(
            call_id,
            output,
            type_,
            id,
            acknowledged_safety_checks,
            status,
            created_by,
        )

        computer_call_output.additional_properties = d
        return computer_call_output

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


# Imported once ComputerCallOutput exists, so that models which contain each other load in either order.
from ..models.computer_safety_check import ComputerSafetyCheck
from ..models.computer_screenshot import ComputerScreenshot
