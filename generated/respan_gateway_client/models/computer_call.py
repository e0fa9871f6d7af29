from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.computer_call_status import ComputerCallStatus, check_computer_call_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComputerCall")


@_attrs_define
class ComputerCall:
    """A tool call to a computer use tool.

    See the [computer use guide](https://developers.openai.com/api/docs/guides/tools-computer-use) for more
    information.

        Attributes:
            id (str): The unique ID of the computer call.
            call_id (str): An identifier used when responding to the tool call with output.
            pending_safety_checks (list[ComputerSafetyCheck]): The pending safety checks for the computer call.
            status (ComputerCallStatus): The status of the item.

                One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via API.
            type_ (Literal['computer_call']): The type of the computer call. Always `computer_call`.
            action (ComputerActionClick | ComputerActionDoubleClick | ComputerActionDrag | ComputerActionKeypress |
                ComputerActionMove | ComputerActionScreenshot | ComputerActionScroll | ComputerActionType | ComputerActionWait |
                Unset): A click action.
            actions (list[ComputerActionClick | ComputerActionDoubleClick | ComputerActionDrag | ComputerActionKeypress |
                ComputerActionMove | ComputerActionScreenshot | ComputerActionScroll | ComputerActionType | ComputerActionWait]
                | Unset): Flattened batched actions for `computer_use`.

                Each action includes an `type` discriminator and action-specific fields.
    """

    id: str
    call_id: str
    pending_safety_checks: list[ComputerSafetyCheck]
    status: ComputerCallStatus
    type_: Literal["computer_call"]
    action: (
        ComputerActionClick
        | ComputerActionDoubleClick
        | ComputerActionDrag
        | ComputerActionKeypress
        | ComputerActionMove
        | ComputerActionScreenshot
        | ComputerActionScroll
        | ComputerActionType
        | ComputerActionWait
        | Unset
    ) = UNSET
    actions: (
        list[
            ComputerActionClick
            | ComputerActionDoubleClick
            | ComputerActionDrag
            | ComputerActionKeypress
            | ComputerActionMove
            | ComputerActionScreenshot
            | ComputerActionScroll
            | ComputerActionType
            | ComputerActionWait
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        call_id = self.call_id

        pending_safety_checks = []
        for pending_safety_checks_item_data in self.pending_safety_checks:
            pending_safety_checks_item = pending_safety_checks_item_data.to_dict()
            pending_safety_checks.append(pending_safety_checks_item)

        status: str = self.status

        type_ = self.type_

        action: dict[str, Any] | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, ComputerActionClick):
            action = self.action.to_dict()
        elif isinstance(self.action, ComputerActionDoubleClick):
            action = self.action.to_dict()
        elif isinstance(self.action, ComputerActionDrag):
            action = self.action.to_dict()
        elif isinstance(self.action, ComputerActionKeypress):
            action = self.action.to_dict()
        elif isinstance(self.action, ComputerActionMove):
            action = self.action.to_dict()
        elif isinstance(self.action, ComputerActionScreenshot):
            action = self.action.to_dict()
        elif isinstance(self.action, ComputerActionScroll):
            action = self.action.to_dict()
        elif isinstance(self.action, ComputerActionType):
            action = self.action.to_dict()
        else:
            action = self.action.to_dict()

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item: dict[str, Any]
                if isinstance(actions_item_data, ComputerActionClick):
                    actions_item = actions_item_data.to_dict()
                elif isinstance(actions_item_data, ComputerActionDoubleClick):
                    actions_item = actions_item_data.to_dict()
                elif isinstance(actions_item_data, ComputerActionDrag):
                    actions_item = actions_item_data.to_dict()
                elif isinstance(actions_item_data, ComputerActionKeypress):
                    actions_item = actions_item_data.to_dict()
                elif isinstance(actions_item_data, ComputerActionMove):
                    actions_item = actions_item_data.to_dict()
                elif isinstance(actions_item_data, ComputerActionScreenshot):
                    actions_item = actions_item_data.to_dict()
                elif isinstance(actions_item_data, ComputerActionScroll):
                    actions_item = actions_item_data.to_dict()
                elif isinstance(actions_item_data, ComputerActionType):
                    actions_item = actions_item_data.to_dict()
                else:
                    actions_item = actions_item_data.to_dict()

                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "call_id": call_id,
                "pending_safety_checks": pending_safety_checks,
                "status": status,
                "type": type_,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        call_id = d.pop("call_id")

        pending_safety_checks = []
        _pending_safety_checks = d.pop("pending_safety_checks")
        for pending_safety_checks_item_data in _pending_safety_checks:
            pending_safety_checks_item = ComputerSafetyCheck.from_dict(pending_safety_checks_item_data)

            pending_safety_checks.append(pending_safety_checks_item)

        status = check_computer_call_status(d.pop("status"))

        type_ = cast("Literal['computer_call']", d.pop("type"))
        if type_ != "computer_call":
            raise ValueError(f"type must match const 'computer_call', got '{type_}'")

        def _parse_action(
            data: object,
        ) -> (
            ComputerActionClick
            | ComputerActionDoubleClick
            | ComputerActionDrag
            | ComputerActionKeypress
            | ComputerActionMove
            | ComputerActionScreenshot
            | ComputerActionScroll
            | ComputerActionType
            | ComputerActionWait
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind == "click":
                        return ComputerActionClick.from_dict(data)
                    if kind == "double_click":
                        return ComputerActionDoubleClick.from_dict(data)
                    if kind == "drag":
                        return ComputerActionDrag.from_dict(data)
                    if kind == "keypress":
                        return ComputerActionKeypress.from_dict(data)
                    if kind == "move":
                        return ComputerActionMove.from_dict(data)
                    if kind == "screenshot":
                        return ComputerActionScreenshot.from_dict(data)
                    if kind == "scroll":
                        return ComputerActionScroll.from_dict(data)
                    if kind == "type":
                        return ComputerActionType.from_dict(data)
                    if kind == "wait":
                        return ComputerActionWait.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

            raise TypeError(f"expected one of the forms of action, got {type(data).__name__}")

        action = _parse_action(d.pop("action", UNSET))

        _actions = d.pop("actions", UNSET)
        actions: (
            list[
                ComputerActionClick
                | ComputerActionDoubleClick
                | ComputerActionDrag
                | ComputerActionKeypress
                | ComputerActionMove
                | ComputerActionScreenshot
                | ComputerActionScroll
                | ComputerActionType
                | ComputerActionWait
            ]
            | Unset
        ) = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:

                def _parse_actions_item(
                    data: object,
                ) -> (
                    ComputerActionClick
                    | ComputerActionDoubleClick
                    | ComputerActionDrag
                    | ComputerActionKeypress
                    | ComputerActionMove
                    | ComputerActionScreenshot
                    | ComputerActionScroll
                    | ComputerActionType
                    | ComputerActionWait
                ):
                    if isinstance(data, dict):
                        kind = data.get("type")
                        try:
                            if kind == "click":
                                return ComputerActionClick.from_dict(data)
                            if kind == "double_click":
                                return ComputerActionDoubleClick.from_dict(data)
                            if kind == "drag":
                                return ComputerActionDrag.from_dict(data)
                            if kind == "keypress":
                                return ComputerActionKeypress.from_dict(data)
                            if kind == "move":
                                return ComputerActionMove.from_dict(data)
                            if kind == "screenshot":
                                return ComputerActionScreenshot.from_dict(data)
                            if kind == "scroll":
                                return ComputerActionScroll.from_dict(data)
                            if kind == "type":
                                return ComputerActionType.from_dict(data)
                            if kind == "wait":
                                return ComputerActionWait.from_dict(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

                    raise TypeError(f"expected one of the forms of actions_item, got {type(data).__name__}")

                actions_item = _parse_actions_item(actions_item_data)

                actions.append(actions_item)

        computer_call = cls(
            id,
            call_id,
            pending_safety_checks,
            status,
            type_,
            action,
            actions,
        )

        computer_call.additional_properties = d
        return computer_call

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


# Imported once ComputerCall exists, so that models which contain each other load in either order.
from ..models.computer_action_click import ComputerActionClick
from ..models.computer_action_double_click import ComputerActionDoubleClick
from ..models.computer_action_drag import ComputerActionDrag
from ..models.computer_action_keypress import ComputerActionKeypress
from ..models.computer_action_move import ComputerActionMove
from ..models.computer_action_screenshot import ComputerActionScreenshot
from ..models.computer_action_scroll import ComputerActionScroll
from ..models.computer_action_type import ComputerActionType
from ..models.computer_action_wait import ComputerActionWait
from ..models.computer_safety_check import ComputerSafetyCheck
