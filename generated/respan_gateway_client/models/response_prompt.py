from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsePrompt")


@_attrs_define
class ResponsePrompt:
    """Reference to a prompt template and its variables. [Learn
    more](https://developers.openai.com/api/docs/guides/text?api-mode=responses#version-prompts-in-code).

        Attributes:
            id (str): The unique identifier of the prompt template to use.
            variables (None | ResponsePromptVariablesType0 | Unset): Optional map of values to substitute in for variables
                in your prompt.

                The substitution values can either be strings, or other Response input types like images or files.
            version (None | str | Unset): Optional version of the prompt template.
    """

    id: str
    variables: None | ResponsePromptVariablesType0 | Unset = UNSET
    version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, ResponsePromptVariablesType0):
            variables = self.variables.to_dict()
        else:
            variables = self.variables

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if variables is not UNSET:
            field_dict["variables"] = variables
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        variables: None | ResponsePromptVariablesType0 | Unset = d.pop("variables", UNSET)
        if isinstance(variables, dict):
            try:
                variables = ResponsePromptVariablesType0.from_dict(variables)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ResponsePromptVariablesType0: kept as it came

        version: None | str | Unset = d.pop("version", UNSET)

        response_prompt = cls(
            id,
            variables,
            version,
        )

        response_prompt.additional_properties = d
        return response_prompt

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


# Imported once ResponsePrompt exists, so that models which contain each other load in either order.
from ..models.response_prompt_variables_type_0 import ResponsePromptVariablesType0
