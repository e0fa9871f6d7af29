from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PromptCacheDiagnosticsUnavailable")


@_attrs_define
class PromptCacheDiagnosticsUnavailable:
    """
    Attributes:
        type_ (Literal['unavailable']):
    """

    type_: Literal["unavailable"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

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
        type_ = cast("Literal['unavailable']", d.pop("type"))
        if type_ != "unavailable":
            raise ValueError(f"type must match const 'unavailable', got '{type_}'")

        prompt_cache_diagnostics_unavailable = cls(
            type_,
        )

        prompt_cache_diagnostics_unavailable.additional_properties = d
        return prompt_cache_diagnostics_unavailable

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
