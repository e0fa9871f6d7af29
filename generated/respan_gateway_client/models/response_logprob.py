from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseLogprob")


@_attrs_define
class ResponseLogprob:
    """
    Attributes:
        token (str):
        logprob (float):
        bytes_ (list[int] | None | Unset):
        top_logprobs (list[ResponseLogprobTopLogprobsItem] | None | Unset):
    """

    token: str
    logprob: float
    bytes_: list[int] | None | Unset = UNSET
    top_logprobs: list[ResponseLogprobTopLogprobsItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        logprob = self.logprob

        bytes_: list[int] | None | Unset
        if isinstance(self.bytes_, Unset):
            bytes_ = UNSET
        elif isinstance(self.bytes_, list):
            bytes_ = self.bytes_

        else:
            bytes_ = self.bytes_

        top_logprobs: list[dict[str, Any]] | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        elif isinstance(self.top_logprobs, list):
            top_logprobs = []
            for top_logprobs_type_0_item_data in self.top_logprobs:
                top_logprobs_type_0_item = top_logprobs_type_0_item_data.to_dict()
                top_logprobs.append(top_logprobs_type_0_item)

        else:
            top_logprobs = self.top_logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "logprob": logprob,
            }
        )
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")

        logprob = d.pop("logprob")

        _bytes_ = d.pop("bytes", UNSET)
        bytes_: list[int] | None | Unset = _bytes_
        if isinstance(_bytes_, list):
            try:
                bytes_type_0 = cast("list[int]", _bytes_)

                bytes_ = bytes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        _top_logprobs = d.pop("top_logprobs", UNSET)
        top_logprobs: list[ResponseLogprobTopLogprobsItem] | None | Unset = _top_logprobs
        if isinstance(_top_logprobs, list):
            try:
                top_logprobs_type_0 = []
                _top_logprobs_type_0 = _top_logprobs
                for top_logprobs_type_0_item_data in _top_logprobs_type_0:
                    top_logprobs_type_0_item = ResponseLogprobTopLogprobsItem.from_dict(top_logprobs_type_0_item_data)

                    top_logprobs_type_0.append(top_logprobs_type_0_item)

                top_logprobs = top_logprobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        response_logprob = cls(
            token,
            logprob,
            bytes_,
            top_logprobs,
        )

        response_logprob.additional_properties = d
        return response_logprob

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


# Imported once ResponseLogprob exists, so that models which contain each other load in either order.
from ..models.response_logprob_top_logprobs_item import ResponseLogprobTopLogprobsItem
