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
                None | Unset): A click action.
            actions (list[ComputerActionClick | ComputerActionDoubleClick | ComputerActionDrag | ComputerActionKeypress |
                ComputerActionMove | ComputerActionScreenshot | ComputerActionScroll | ComputerActionType | ComputerActionWait]
                | None | Unset): Flattened batched actions for `computer_use`.

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
        | None
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
        | None
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

        action: dict[str, Any] | None | Unset
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
        elif isinstance(self.action, ComputerActionWait):
            action = self.action.to_dict()
        else:
            action = self.action

        actions: list[dict[str, Any]] | None | Unset
        if isinstance(self.actions, Unset):
            actions = UNSET
        elif isinstance(self.actions, list):
            actions = []
            for actions_type_0_item_data in self.actions:
                actions_type_0_item: dict[str, Any]
                if isinstance(actions_type_0_item_data, ComputerActionClick):
                    actions_type_0_item = actions_type_0_item_data.to_dict()
                elif isinstance(actions_type_0_item_data, ComputerActionDoubleClick):
                    actions_type_0_item = actions_type_0_item_data.to_dict()
                elif isinstance(actions_type_0_item_data, ComputerActionDrag):
                    actions_type_0_item = actions_type_0_item_data.to_dict()
                elif isinstance(actions_type_0_item_data, ComputerActionKeypress):
                    actions_type_0_item = actions_type_0_item_data.to_dict()
                elif isinstance(actions_type_0_item_data, ComputerActionMove):
                    actions_type_0_item = actions_type_0_item_data.to_dict()
                elif isinstance(actions_type_0_item_data, ComputerActionScreenshot):
                    actions_type_0_item = actions_type_0_item_data.to_dict()
                elif isinstance(actions_type_0_item_data, ComputerActionScroll):
                    actions_type_0_item = actions_type_0_item_data.to_dict()
                elif isinstance(actions_type_0_item_data, ComputerActionType):
                    actions_type_0_item = actions_type_0_item_data.to_dict()
                else:
                    actions_type_0_item = actions_type_0_item_data.to_dict()

                actions.append(actions_type_0_item)

        else:
            actions = self.actions

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
            | None
            | Unset
        ):
            if data is None:
                return data
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

            return cast(
                "ComputerActionClick | ComputerActionDoubleClick | ComputerActionDrag | ComputerActionKeypress | ComputerActionMove | ComputerActionScreenshot | ComputerActionScroll | ComputerActionType | ComputerActionWait | None | Unset",
                data,
            )

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
            | None
            | Unset
        ) = _actions
        if isinstance(_actions, list):
            try:
                actions_type_0 = []
                _actions_type_0 = _actions
                for actions_type_0_item_data in _actions_type_0:

                    def _parse_actions_type_0_item(
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

                        raise TypeError(f"expected one of the forms of actions_type_0_item, got {type(data).__name__}")

                    actions_type_0_item = _parse_actions_type_0_item(actions_type_0_item_data)

                    actions_type_0.append(actions_type_0_item)

                actions = actions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

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
