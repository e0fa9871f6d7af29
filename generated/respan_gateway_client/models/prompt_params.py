from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prompt_params_schema_version import PromptParamsSchemaVersion, check_prompt_params_schema_version
from ..models.prompt_version_type_1 import PromptVersionType1
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromptParams")


@_attrs_define
class PromptParams:
    """Prompt template config. The gateway renders the stored template with `variables`.

    Attributes:
        prompt_id (str): ID of the stored prompt.
        variables (PromptParamsVariables | Unset): Template variables, substituted for `{{name}}` placeholders.
        version (int | PromptVersionType1 | Unset): A deployed version number, or "latest" for the current draft.
            Omitted = the deployed version.
        echo (bool | Unset): Return the rendered prompt messages in the response.
        override (bool | Unset): Apply `override_params` on top of the prompt's stored configuration.
        override_params (PromptParamsOverrideParams | Unset): OpenAI parameters (model, temperature, max_tokens, ...)
            that override the prompt's configuration.
        schema_version (PromptParamsSchemaVersion | Unset): 1 = legacy (request parameters win over the prompt's), 2 =
            the prompt configuration wins.
    """

    prompt_id: str
    variables: PromptParamsVariables | Unset = UNSET
    version: int | PromptVersionType1 | Unset = UNSET
    echo: bool | Unset = UNSET
    override: bool | Unset = UNSET
    override_params: PromptParamsOverrideParams | Unset = UNSET
    schema_version: PromptParamsSchemaVersion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_id = self.prompt_id

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        version: int | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        elif isinstance(self.version, str):
            version = self.version
        else:
            version = self.version

        echo = self.echo

        override = self.override

        override_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_params, Unset):
            override_params = self.override_params.to_dict()

        schema_version: int | Unset = UNSET
        if not isinstance(self.schema_version, Unset):
            schema_version = self.schema_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt_id": prompt_id,
            }
        )
        if variables is not UNSET:
            field_dict["variables"] = variables
        if version is not UNSET:
            field_dict["version"] = version
        if echo is not UNSET:
            field_dict["echo"] = echo
        if override is not UNSET:
            field_dict["override"] = override
        if override_params is not UNSET:
            field_dict["override_params"] = override_params
        if schema_version is not UNSET:
            field_dict["schema_version"] = schema_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt_id = d.pop("prompt_id")

        _variables = d.pop("variables", UNSET)
        variables: PromptParamsVariables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = PromptParamsVariables.from_dict(_variables)

        version: int | PromptVersionType1 | Unset = d.pop("version", UNSET)

        echo = d.pop("echo", UNSET)

        override = d.pop("override", UNSET)

        _override_params = d.pop("override_params", UNSET)
        override_params: PromptParamsOverrideParams | Unset
        if isinstance(_override_params, Unset):
            override_params = UNSET
        else:
            override_params = PromptParamsOverrideParams.from_dict(_override_params)

        _schema_version = d.pop("schema_version", UNSET)
        schema_version: PromptParamsSchemaVersion | Unset
        if isinstance(_schema_version, Unset):
            schema_version = UNSET
        else:
            schema_version = check_prompt_params_schema_version(_schema_version)

        prompt_params = cls(
            prompt_id,
            variables,
            version,
            echo,
            override,
            override_params,
            schema_version,
        )

        prompt_params.additional_properties = d
        return prompt_params

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


# Imported once PromptParams exists, so that models which contain each other load in either order.
from ..models.prompt_params_override_params import PromptParamsOverrideParams
from ..models.prompt_params_variables import PromptParamsVariables
