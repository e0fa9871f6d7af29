from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upstream_attempt_status import UpstreamAttemptStatus, check_upstream_attempt_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpstreamAttempt")


@_attrs_define
class UpstreamAttempt:
    """
    Attributes:
        model (str):
        status (UpstreamAttemptStatus):
        error (None | str | Unset):
    """

    model: str
    status: UpstreamAttemptStatus
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        status: str = self.status

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "status": status,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        status = check_upstream_attempt_status(d.pop("status"))

        error: None | str | Unset = d.pop("error", UNSET)

        upstream_attempt = cls(
            model,
            status,
            error,
        )

        upstream_attempt.additional_properties = d
        return upstream_attempt

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
