from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_status import ItemStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="FunctionCallOutputInput")


@_attrs_define
class FunctionCallOutputInput:
    """The output of a function call, answering `call_id`.

    Attributes:
        type_ (Literal['function_call_output']):
        call_id (str):
        output (list[InputFile | InputImage | InputText | UnknownFunctionOutputContent] | str): The function's result,
            as text or as content parts (text, images, files).
        id (None | str | Unset):
        status (ItemStatus | None | Unset):
        caller (None | ToolCallerDirect | ToolCallerProgram | Unset): The execution context that produced this tool
            call.
        name (None | str | Unset): The name of the tool that produced the output.
        namespace (None | str | Unset): The namespace of the tool that produced the output.
    """

    type_: Literal["function_call_output"]
    call_id: str
    output: list[InputFile | InputImage | InputText | UnknownFunctionOutputContent] | str
    id: None | str | Unset = UNSET
    status: ItemStatus | None | Unset = UNSET
    caller: None | ToolCallerDirect | ToolCallerProgram | Unset = UNSET
    name: None | str | Unset = UNSET
    namespace: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        call_id = self.call_id

        output: list[dict[str, Any]] | str
        if isinstance(self.output, list):
            output = []
            for output_type_1_item_data in self.output:
                output_type_1_item: dict[str, Any]
                if isinstance(output_type_1_item_data, InputText):
                    output_type_1_item = output_type_1_item_data.to_dict()
                elif isinstance(output_type_1_item_data, InputImage):
                    output_type_1_item = output_type_1_item_data.to_dict()
                elif isinstance(output_type_1_item_data, InputFile):
                    output_type_1_item = output_type_1_item_data.to_dict()
                else:
                    output_type_1_item = output_type_1_item_data.to_dict()

                output.append(output_type_1_item)

        else:
            output = self.output

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

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, ToolCallerDirect):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, ToolCallerProgram):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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
                "output": output,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if caller is not UNSET:
            field_dict["caller"] = caller
        if name is not UNSET:
            field_dict["name"] = name
        if namespace is not UNSET:
            field_dict["namespace"] = namespace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['function_call_output']", d.pop("type"))
        if type_ != "function_call_output":
            raise ValueError(f"type must match const 'function_call_output', got '{type_}'")

        call_id = d.pop("call_id")

        _output = d.pop("output")
        output: list[InputFile | InputImage | InputText | UnknownFunctionOutputContent] | str = _output
        if isinstance(_output, list):
            try:
                output_type_1 = []
                _output_type_1 = _output
                for output_type_1_item_data in _output_type_1:

                    def _parse_output_type_1_item(
                        data: object,
                    ) -> InputFile | InputImage | InputText | UnknownFunctionOutputContent:
                        if isinstance(data, dict):
                            kind = data.get("type")
                            try:
                                if kind == "input_text":
                                    return InputText.from_dict(data)
                                if kind == "input_image":
                                    return InputImage.from_dict(data)
                                if kind == "input_file":
                                    return InputFile.from_dict(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

                        if isinstance(data, dict):
                            return UnknownFunctionOutputContent.from_dict(data)
                        raise TypeError(f"expected one of the forms of output_type_1_item, got {type(data).__name__}")

                    output_type_1_item = _parse_output_type_1_item(output_type_1_item_data)

                    output_type_1.append(output_type_1_item)

                output = output_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        id: None | str | Unset = d.pop("id", UNSET)

        status: ItemStatus | None | Unset = d.pop("status", UNSET)

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

        name: None | str | Unset = d.pop("name", UNSET)

        namespace: None | str | Unset = d.pop("namespace", UNSET)

        function_call_output_input = cls(
            type_,
            call_id,
            output,
            id,
            status,
            caller,
            name,
            namespace,
        )

        function_call_output_input.additional_properties = d
        return function_call_output_input

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


# Imported once FunctionCallOutputInput exists, so that models which contain each other load in either order.
from ..models.input_file import InputFile
from ..models.input_image import InputImage
from ..models.input_text import InputText
from ..models.tool_caller_direct import ToolCallerDirect
from ..models.tool_caller_program import ToolCallerProgram
from ..models.unknown_function_output_content import UnknownFunctionOutputContent
