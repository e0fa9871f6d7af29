from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RespanParamContainers")


@_attrs_define
class RespanParamContainers:
    """The namespaced containers for Respan parameters.

    Attributes:
        respan_params (RespanParams | Unset): Respan gateway parameters. Accepted as top-level body fields, nested under
            `respan_params` (or the legacy
            `keywordsai_params`), or base64-encoded in the `X-Data-Respan-Params` header. Precedence: top level >
            `respan_params` > `keywordsai_params` > header.
        keywordsai_params (RespanParams | Unset): Respan gateway parameters. Accepted as top-level body fields, nested
            under `respan_params` (or the legacy
            `keywordsai_params`), or base64-encoded in the `X-Data-Respan-Params` header. Precedence: top level >
            `respan_params` > `keywordsai_params` > header.
    """

    respan_params: RespanParams | Unset = UNSET
    keywordsai_params: RespanParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        respan_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.respan_params, Unset):
            respan_params = self.respan_params.to_dict()

        keywordsai_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.keywordsai_params, Unset):
            keywordsai_params = self.keywordsai_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if respan_params is not UNSET:
            field_dict["respan_params"] = respan_params
        if keywordsai_params is not UNSET:
            field_dict["keywordsai_params"] = keywordsai_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _respan_params = d.pop("respan_params", UNSET)
        respan_params: RespanParams | Unset
        if isinstance(_respan_params, Unset):
            respan_params = UNSET
        else:
            respan_params = RespanParams.from_dict(_respan_params)

        _keywordsai_params = d.pop("keywordsai_params", UNSET)
        keywordsai_params: RespanParams | Unset
        if isinstance(_keywordsai_params, Unset):
            keywordsai_params = UNSET
        else:
            keywordsai_params = RespanParams.from_dict(_keywordsai_params)

        respan_param_containers = cls(
            respan_params,
            keywordsai_params,
        )

        respan_param_containers.additional_properties = d
        return respan_param_containers

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


# Imported once RespanParamContainers exists, so that models which contain each other load in either order.
from ..models.respan_params import RespanParams
