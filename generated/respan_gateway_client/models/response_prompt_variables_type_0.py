from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResponsePromptVariablesType0")


@_attrs_define
class ResponsePromptVariablesType0:
    additional_properties: dict[str, InputFile | InputImage | InputText | str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, InputText):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, InputImage):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, InputFile):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        response_prompt_variables_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> InputFile | InputImage | InputText | str:
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

                return cast("InputFile | InputImage | InputText | str", data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        response_prompt_variables_type_0.additional_properties = additional_properties
        return response_prompt_variables_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> InputFile | InputImage | InputText | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: InputFile | InputImage | InputText | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once ResponsePromptVariablesType0 exists, so that models which contain each other load in either order.
from ..models.input_file import InputFile
from ..models.input_image import InputImage
from ..models.input_text import InputText
