from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_call_delta_type import ToolCallDeltaType, check_tool_call_delta_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolCallDelta")


@_attrs_define
class ToolCallDelta:
    """A piece of a tool call: its first delta carries `id`, `type` and the name, the next ones pieces of the
    function's `arguments` or of the custom tool's `input`, which concatenate, by `index`, to the whole call.

        Attributes:
            index (int):
            id (str | Unset):
            type_ (ToolCallDeltaType | Unset):
            function (ToolCallDeltaFunction | Unset):
            custom (ToolCallDeltaCustom | Unset): A custom tool call's name (first delta) and a piece of its free-form
                `input`.
    """

    index: int
    id: str | Unset = UNSET
    type_: ToolCallDeltaType | Unset = UNSET
    function: ToolCallDeltaFunction | Unset = UNSET
    custom: ToolCallDeltaCustom | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function, Unset):
            function = self.function.to_dict()

        custom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom, Unset):
            custom = self.custom.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if function is not UNSET:
            field_dict["function"] = function
        if custom is not UNSET:
            field_dict["custom"] = custom

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ToolCallDeltaType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_tool_call_delta_type(_type_)

        _function = d.pop("function", UNSET)
        function: ToolCallDeltaFunction | Unset
        if isinstance(_function, Unset):
            function = UNSET
        else:
            function = ToolCallDeltaFunction.from_dict(_function)

        _custom = d.pop("custom", UNSET)
        custom: ToolCallDeltaCustom | Unset
        if isinstance(_custom, Unset):
            custom = UNSET
        else:
            custom = ToolCallDeltaCustom.from_dict(_custom)

        tool_call_delta = cls(
            index,
            id,
            type_,
            function,
            custom,
        )

        tool_call_delta.additional_properties = d
        return tool_call_delta

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


# Imported once ToolCallDelta exists, so that models which contain each other load in either order.
from ..models.tool_call_delta_custom import ToolCallDeltaCustom
from ..models.tool_call_delta_function import ToolCallDeltaFunction
