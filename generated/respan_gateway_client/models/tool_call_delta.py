from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_call_delta_type import ToolCallDeltaType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolCallDelta")


@_attrs_define
class ToolCallDelta:
    """A piece of a tool call: its first delta carries `id`, `type` and the name, the next ones pieces of the
    function's `arguments` or of the custom tool's `input`, which concatenate, by `index`, to the whole call.

        Attributes:
            index (int):
            id (None | str | Unset):
            type_ (None | ToolCallDeltaType | Unset):
            function (None | ToolCallDeltaFunction | Unset):
            custom (None | ToolCallDeltaCustom | Unset): A custom tool call's name (first delta) and a piece of its free-
                form `input`.
    """

    index: int
    id: None | str | Unset = UNSET
    type_: None | ToolCallDeltaType | Unset = UNSET
    function: None | ToolCallDeltaFunction | Unset = UNSET
    custom: None | ToolCallDeltaCustom | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        function: dict[str, Any] | None | Unset
        if isinstance(self.function, Unset):
            function = UNSET
        elif isinstance(self.function, ToolCallDeltaFunction):
            function = self.function.to_dict()
        else:
            function = self.function

        custom: dict[str, Any] | None | Unset
        if isinstance(self.custom, Unset):
            custom = UNSET
        elif isinstance(self.custom, ToolCallDeltaCustom):
            custom = self.custom.to_dict()
        else:
            custom = self.custom

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

        id: None | str | Unset = d.pop("id", UNSET)

        type_: None | ToolCallDeltaType | Unset = d.pop("type", UNSET)

        function: None | ToolCallDeltaFunction | Unset = d.pop("function", UNSET)
        if isinstance(function, dict):
            try:
                function = ToolCallDeltaFunction.from_dict(function)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ToolCallDeltaFunction: kept as it came

        custom: None | ToolCallDeltaCustom | Unset = d.pop("custom", UNSET)
        if isinstance(custom, dict):
            try:
                custom = ToolCallDeltaCustom.from_dict(custom)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ToolCallDeltaCustom: kept as it came

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
