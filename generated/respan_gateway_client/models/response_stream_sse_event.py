from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseStreamSseEvent")


@_attrs_define
class ResponseStreamSseEvent:
    """One server-sent event of a Responses stream: `event` repeats the event's `type`, and `data` is the JSON
    event. The stream ends after response.completed, response.incomplete, response.failed or error.

        Attributes:
            data (str):
            event (None | str | Unset):
            id (None | str | Unset):
            retry (int | None | Unset):
    """

    data: str
    event: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    retry: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        event: None | str | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        else:
            event = self.event

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        retry: int | None | Unset
        if isinstance(self.retry, Unset):
            retry = UNSET
        else:
            retry = self.retry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if event is not UNSET:
            field_dict["event"] = event
        if id is not UNSET:
            field_dict["id"] = id
        if retry is not UNSET:
            field_dict["retry"] = retry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data")

        event: None | str | Unset = d.pop("event", UNSET)

        id: None | str | Unset = d.pop("id", UNSET)

        retry: int | None | Unset = d.pop("retry", UNSET)

        response_stream_sse_event = cls(
            data,
            event,
            id,
            retry,
        )

        response_stream_sse_event.additional_properties = d
        return response_stream_sse_event

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
