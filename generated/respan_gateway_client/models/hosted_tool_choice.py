from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hosted_tool_choice_type import HostedToolChoiceType, check_hosted_tool_choice_type

T = TypeVar("T", bound="HostedToolChoice")


@_attrs_define
class HostedToolChoice:
    """Indicates that the model should use a built-in tool to generate a response. [Learn more about built-in
    tools](https://developers.openai.com/api/docs/guides/tools).

        Attributes:
            type_ (HostedToolChoiceType): The type of hosted tool the model should to use.

                Learn more about [built-in tools](https://developers.openai.com/api/docs/guides/tools).

                Allowed values are:

                - `file_search`
                - `web_search_preview`
                - `computer`
                - `computer_use_preview`
                - `computer_use`
                - `code_interpreter`
                - `image_generation`
    """

    type_: HostedToolChoiceType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_hosted_tool_choice_type(d.pop("type"))

        hosted_tool_choice = cls(
            type_,
        )

        hosted_tool_choice.additional_properties = d
        return hosted_tool_choice

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
