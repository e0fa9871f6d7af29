from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigurationUpdate")


@_attrs_define
class ConfigurationUpdate:
    """An update to the conversation's response configuration.

    Supply reasoning, text, or both. Each setting stays in effect until a later update replaces it.

        Attributes:
            type_ (Literal['configuration_update']): The item type. Always `configuration_update`.
            id (None | str | Unset): The unique ID of the configuration update item.
            reasoning (ConfigurationUpdateReasoning | None | Unset):
            text (ConfigurationUpdateText | None | Unset):
    """

    type_: Literal["configuration_update"]
    id: None | str | Unset = UNSET
    reasoning: ConfigurationUpdateReasoning | None | Unset = UNSET
    text: ConfigurationUpdateText | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, ConfigurationUpdateReasoning):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        text: dict[str, Any] | None | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        elif isinstance(self.text, ConfigurationUpdateText):
            text = self.text.to_dict()
        else:
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['configuration_update']", d.pop("type"))
        if type_ != "configuration_update":
            raise ValueError(f"type must match const 'configuration_update', got '{type_}'")

        id: None | str | Unset = d.pop("id", UNSET)

        reasoning: ConfigurationUpdateReasoning | None | Unset = d.pop("reasoning", UNSET)
        if isinstance(reasoning, dict):
            try:
                reasoning = ConfigurationUpdateReasoning.from_dict(reasoning)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ConfigurationUpdateReasoning: kept as it came

        text: ConfigurationUpdateText | None | Unset = d.pop("text", UNSET)
        if isinstance(text, dict):
            try:
                text = ConfigurationUpdateText.from_dict(text)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ConfigurationUpdateText: kept as it came

        configuration_update = cls(
            type_,
            id,
            reasoning,
            text,
        )

        configuration_update.additional_properties = d
        return configuration_update

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


# Imported once ConfigurationUpdate exists, so that models which contain each other load in either order.
from ..models.configuration_update_reasoning import ConfigurationUpdateReasoning
from ..models.configuration_update_text import ConfigurationUpdateText
