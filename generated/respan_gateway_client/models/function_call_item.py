from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_status import ItemStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="FunctionCallItem")


@_attrs_define
class FunctionCallItem:
    """
    Attributes:
        type_ (Literal['function_call']):
        call_id (str):
        name (str):
        arguments (str): The arguments as a JSON-encoded object.
        id (None | str | Unset):
        status (ItemStatus | None | Unset):
        async_ (bool | None | Unset):
        caller (None | ToolCallerDirect | ToolCallerProgram | Unset): The execution context that produced this tool
            call.
        namespace (None | str | Unset): The namespace of the function to run.
    """

    type_: Literal["function_call"]
    call_id: str
    name: str
    arguments: str
    id: None | str | Unset = UNSET
    status: ItemStatus | None | Unset = UNSET
    async_: bool | None | Unset = UNSET
    caller: None | ToolCallerDirect | ToolCallerProgram | Unset = UNSET
    namespace: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        call_id = self.call_id

        name = self.name

        arguments = self.arguments

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        async_: bool | None | Unset
        if isinstance(self.async_, Unset):
            async_ = UNSET
        else:
            async_ = self.async_

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, ToolCallerDirect):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, ToolCallerProgram):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "call_id": call_id,
                "name": name,
                "arguments": arguments,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if async_ is not UNSET:
            field_dict["async"] = async_
        if caller is not UNSET:
            field_dict["caller"] = caller
        if namespace is not UNSET:
            field_dict["namespace"] = namespace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['function_call']", d.pop("type"))
        if type_ != "function_call":
            raise ValueError(f"type must match const 'function_call', got '{type_}'")

        call_id = d.pop("call_id")

        name = d.pop("name")

        arguments = d.pop("arguments")

        id: None | str | Unset = d.pop("id", UNSET)

        status: ItemStatus | None | Unset = d.pop("status", UNSET)

        async_: bool | None | Unset = d.pop("async", UNSET)

        def _parse_caller(data: object) -> None | ToolCallerDirect | ToolCallerProgram | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind == "direct":
                        return ToolCallerDirect.from_dict(data)
                    if kind == "program":
                        return ToolCallerProgram.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

            return cast("None | ToolCallerDirect | ToolCallerProgram | Unset", data)

        caller = _parse_caller(d.pop("caller", UNSET))

        namespace: None | str | Unset = d.pop("namespace", UNSET)

        function_call_item = cls(
            type_,
            call_id,
            name,
            arguments,
            id,
            status,
            async_,
            caller,
            namespace,
        )

        function_call_item.additional_properties = d
        return function_call_item

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


# Imported once FunctionCallItem exists, so that models which contain each other load in either order.
from ..models.tool_caller_direct import ToolCallerDirect
from ..models.tool_caller_program import ToolCallerProgram
