from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.background_options_completion_window import (
    BackgroundOptionsCompletionWindow,
    check_background_options_completion_window,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BackgroundOptions")


@_attrs_define
class BackgroundOptions:
    """Options for background execution on HTTP requests.

    The `2h` and `8h` completion windows require `background: true`, Standard processing, and `stream: false` or
    omitted.

        Attributes:
            completion_window (BackgroundOptionsCompletionWindow | Unset): The completion window for background execution.

                Defaults to `soonest`; `2h` and `8h` select discounted background execution.
            continuation_id (str | Unset): A customer-provided opaque identifier used to prioritize related background
                requests. It does not add prior
                history to the input.
    """

    completion_window: BackgroundOptionsCompletionWindow | Unset = UNSET
    continuation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completion_window: str | Unset = UNSET
        if not isinstance(self.completion_window, Unset):
            completion_window = self.completion_window

        continuation_id = self.continuation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completion_window is not UNSET:
            field_dict["completion_window"] = completion_window
        if continuation_id is not UNSET:
            field_dict["continuation_id"] = continuation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _completion_window = d.pop("completion_window", UNSET)
        completion_window: BackgroundOptionsCompletionWindow | Unset
        if isinstance(_completion_window, Unset):
            completion_window = UNSET
        else:
            completion_window = check_background_options_completion_window(_completion_window)

        continuation_id = d.pop("continuation_id", UNSET)

        background_options = cls(
            completion_window,
            continuation_id,
        )

        background_options.additional_properties = d
        return background_options

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
