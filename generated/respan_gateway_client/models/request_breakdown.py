from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestBreakdown")


@_attrs_define
class RequestBreakdown:
    """Response metrics summary, returned when `request_breakdown` is true.

    Attributes:
        model (str): The model that served the request (after fallbacks and load balancing).
        provider (str): The provider that served the request.
        prompt_tokens (int):
        completion_tokens (int):
        cost (float): Cost of the request in USD.
        latency (float): Total latency in seconds.
        cached (bool): True when the response was served from the cache.
        time_to_first_token (float | None | Unset): Seconds until the first token (streaming only).
        routing_time (float | None | Unset): Seconds spent routing (model selection, fallbacks).
        attempts (list[UpstreamAttempt] | None | Unset): Every upstream attempt in order, including failed fallbacks and
            retries.
    """

    model: str
    provider: str
    prompt_tokens: int
    completion_tokens: int
    cost: float
    latency: float
    cached: bool
    time_to_first_token: float | None | Unset = UNSET
    routing_time: float | None | Unset = UNSET
    attempts: list[UpstreamAttempt] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        provider = self.provider

        prompt_tokens = self.prompt_tokens

        completion_tokens = self.completion_tokens

        cost = self.cost

        latency = self.latency

        cached = self.cached

        time_to_first_token: float | None | Unset
        if isinstance(self.time_to_first_token, Unset):
            time_to_first_token = UNSET
        else:
            time_to_first_token = self.time_to_first_token

        routing_time: float | None | Unset
        if isinstance(self.routing_time, Unset):
            routing_time = UNSET
        else:
            routing_time = self.routing_time

        attempts: list[dict[str, Any]] | None | Unset
        if isinstance(self.attempts, Unset):
            attempts = UNSET
        elif isinstance(self.attempts, list):
            attempts = []
            for attempts_type_0_item_data in self.attempts:
                attempts_type_0_item = attempts_type_0_item_data.to_dict()
                attempts.append(attempts_type_0_item)

        else:
            attempts = self.attempts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "provider": provider,
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "cost": cost,
                "latency": latency,
                "cached": cached,
            }
        )
        if time_to_first_token is not UNSET:
            field_dict["time_to_first_token"] = time_to_first_token
        if routing_time is not UNSET:
            field_dict["routing_time"] = routing_time
        if attempts is not UNSET:
            field_dict["attempts"] = attempts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        provider = d.pop("provider")

        prompt_tokens = d.pop("prompt_tokens")

        completion_tokens = d.pop("completion_tokens")

        cost = d.pop("cost")

        latency = d.pop("latency")

        cached = d.pop("cached")

        time_to_first_token: float | None | Unset = d.pop("time_to_first_token", UNSET)

        routing_time: float | None | Unset = d.pop("routing_time", UNSET)

        _attempts = d.pop("attempts", UNSET)
        attempts: list[UpstreamAttempt] | None | Unset = _attempts
        if isinstance(_attempts, list):
            try:
                attempts_type_0 = []
                _attempts_type_0 = _attempts
                for attempts_type_0_item_data in _attempts_type_0:
                    attempts_type_0_item = UpstreamAttempt.from_dict(attempts_type_0_item_data)

                    attempts_type_0.append(attempts_type_0_item)

                attempts = attempts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        request_breakdown = cls(
            model,
            provider,
            prompt_tokens,
            completion_tokens,
            cost,
            latency,
            cached,
            time_to_first_token,
            routing_time,
            attempts,
        )

        request_breakdown.additional_properties = d
        return request_breakdown

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


# Imported once RequestBreakdown exists, so that models which contain each other load in either order.
from ..models.upstream_attempt import UpstreamAttempt
