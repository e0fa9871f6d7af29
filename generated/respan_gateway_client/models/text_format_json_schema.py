from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TextFormatJsonSchema")


@_attrs_define
class TextFormatJsonSchema:
    """
    Attributes:
        type_ (Literal['json_schema']):
        name (str):
        schema (FunctionParameters): A JSON Schema object describing the function's arguments. Omitted = no arguments.
        description (None | str | Unset):
        strict (bool | None | Unset):
    """

    type_: Literal["json_schema"]
    name: str
    schema: FunctionParameters
    description: None | str | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        schema = self.schema.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "schema": schema,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['json_schema']", d.pop("type"))
        if type_ != "json_schema":
            raise ValueError(f"type must match const 'json_schema', got '{type_}'")

        name = d.pop("name")

        schema = FunctionParameters.from_dict(d.pop("schema"))

        description: None | str | Unset = d.pop("description", UNSET)

        strict: bool | None | Unset = d.pop("strict", UNSET)

        text_format_json_schema = cls(
            type_,
            name,
            schema,
            description,
            strict,
        )

        text_format_json_schema.additional_properties = d
        return text_format_json_schema

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


# Imported once TextFormatJsonSchema exists, so that models which contain each other load in either order.
from ..models.function_parameters import FunctionParameters
