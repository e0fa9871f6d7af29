from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_params_budget_duration import CustomerParamsBudgetDuration, check_customer_params_budget_duration
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerParams")


@_attrs_define
class CustomerParams:
    """Extended customer info, budgets and rate limit.

    Attributes:
        customer_identifier (str): End user identifier.
        group_identifier (str | Unset): Group the customer belongs to.
        name (str | Unset): Customer name.
        email (str | Unset): Customer email.
        period_start (datetime.datetime | Unset): Start of the current budget period.
        period_end (datetime.datetime | Unset): End of the current budget period.
        budget_duration (CustomerParamsBudgetDuration | Unset): Length of a budget period.
        period_budget (float | Unset): Spend allowed per period, in USD.
        total_budget (float | Unset): Total spend allowed, in USD.
        markup_percentage (float | Unset): Markup applied to the customer's cost (20 = price x 1.2).
        metadata (CustomerParamsMetadata | Unset): Customer metadata.
        rate_limit (int | Unset): Requests allowed per minute for this customer; more get 429 with Retry-After.
    """

    customer_identifier: str
    group_identifier: str | Unset = UNSET
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    period_start: datetime.datetime | Unset = UNSET
    period_end: datetime.datetime | Unset = UNSET
    budget_duration: CustomerParamsBudgetDuration | Unset = UNSET
    period_budget: float | Unset = UNSET
    total_budget: float | Unset = UNSET
    markup_percentage: float | Unset = UNSET
    metadata: CustomerParamsMetadata | Unset = UNSET
    rate_limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_identifier = self.customer_identifier

        group_identifier = self.group_identifier

        name = self.name

        email = self.email

        period_start: str | Unset = UNSET
        if not isinstance(self.period_start, Unset):
            period_start = self.period_start.isoformat()

        period_end: str | Unset = UNSET
        if not isinstance(self.period_end, Unset):
            period_end = self.period_end.isoformat()

        budget_duration: str | Unset = UNSET
        if not isinstance(self.budget_duration, Unset):
            budget_duration = self.budget_duration

        period_budget = self.period_budget

        total_budget = self.total_budget

        markup_percentage = self.markup_percentage

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        rate_limit = self.rate_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_identifier": customer_identifier,
            }
        )
        if group_identifier is not UNSET:
            field_dict["group_identifier"] = group_identifier
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if period_start is not UNSET:
            field_dict["period_start"] = period_start
        if period_end is not UNSET:
            field_dict["period_end"] = period_end
        if budget_duration is not UNSET:
            field_dict["budget_duration"] = budget_duration
        if period_budget is not UNSET:
            field_dict["period_budget"] = period_budget
        if total_budget is not UNSET:
            field_dict["total_budget"] = total_budget
        if markup_percentage is not UNSET:
            field_dict["markup_percentage"] = markup_percentage
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if rate_limit is not UNSET:
            field_dict["rate_limit"] = rate_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_identifier = d.pop("customer_identifier")

        group_identifier = d.pop("group_identifier", UNSET)

        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        _period_start = d.pop("period_start", UNSET)
        period_start: datetime.datetime | Unset
        if isinstance(_period_start, Unset):
            period_start = UNSET
        else:
            period_start = datetime.datetime.fromisoformat(_period_start)

        _period_end = d.pop("period_end", UNSET)
        period_end: datetime.datetime | Unset
        if isinstance(_period_end, Unset):
            period_end = UNSET
        else:
            period_end = datetime.datetime.fromisoformat(_period_end)

        _budget_duration = d.pop("budget_duration", UNSET)
        budget_duration: CustomerParamsBudgetDuration | Unset
        if isinstance(_budget_duration, Unset):
            budget_duration = UNSET
        else:
            budget_duration = check_customer_params_budget_duration(_budget_duration)

        period_budget = d.pop("period_budget", UNSET)

        total_budget = d.pop("total_budget", UNSET)

        markup_percentage = d.pop("markup_percentage", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: CustomerParamsMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CustomerParamsMetadata.from_dict(_metadata)

        rate_limit = d.pop("rate_limit", UNSET)

        customer_params = cls(
            customer_identifier,
            group_identifier,
            name,
            email,
            period_start,
            period_end,
            budget_duration,
            period_budget,
            total_budget,
            markup_percentage,
            metadata,
            rate_limit,
        )

        customer_params.additional_properties = d
        return customer_params

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


# Imported once CustomerParams exists, so that models which contain each other load in either order.
from ..models.customer_params_metadata import CustomerParamsMetadata
