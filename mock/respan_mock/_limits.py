"""Customer rate limits (requests per minute, a sliding window) and budgets (spend per period and in total),
from `customer_params`. Over a limit: 429 with Retry-After. State per customer is capped (least recently seen
customers are forgotten first)."""

from __future__ import annotations

import math
from collections import OrderedDict, deque
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from respan_mock._errors import ApiError
from respan_mock._params import RespanParams

WINDOW_SECONDS: Final = 60.0
TOTAL_BUDGET_RETRY_AFTER: Final = 86_400


class CustomerLimits:
    def __init__(self, capacity: int) -> None:
        self._capacity = capacity
        self._windows: OrderedDict[str, deque[float]] = OrderedDict()
        self._spend: OrderedDict[tuple[str, str], float] = OrderedDict()

    def admit(self, params: RespanParams, now: float) -> None:
        """Count this request against the customer's rate limit and check its budgets; 429 when over."""
        customer, customer_params = customer_of(params)
        if customer is None or customer_params is None:
            return
        self._check_budget(customer, customer_params, params, now)
        limit = customer_params.get("rate_limit")
        if isinstance(limit, int):
            self._check_rate(customer, limit, params, now)

    def charge(self, params: RespanParams, cost: float, now: float) -> None:
        """Add the cost of a served request (with the customer's markup) to its spend."""
        customer, customer_params = customer_of(params)
        if customer is None:
            return
        customer_params = customer_params or {}
        cost *= 1 + float(customer_params.get("markup_percentage", 0)) / 100
        period, _ = _period(customer_params, now)
        for key in ((customer, period), (customer, "total")):
            self._spend[key] = self._spend.pop(key, 0.0) + cost
        while len(self._spend) > 2 * self._capacity:
            self._spend.popitem(last=False)

    def reset(self) -> None:
        self._windows.clear()
        self._spend.clear()

    def sizes(self) -> dict[str, int]:
        """Customers with a rate-limit window, and spend entries (one per customer and period, one in total)."""
        return {"customer_windows": len(self._windows), "customer_spend": len(self._spend)}

    def _check_rate(self, customer: str, limit: int, params: RespanParams, now: float) -> None:
        window = self._windows.pop(customer, None) or deque()
        self._windows[customer] = window
        while len(self._windows) > self._capacity:
            self._windows.popitem(last=False)
        while window and window[0] <= now - WINDOW_SECONDS:
            window.popleft()
        if len(window) >= limit:
            raise ApiError(
                429,
                f"Customer {customer!r} exceeded its rate limit of {limit} requests per minute.",
                code="customer_rate_limit_exceeded",
                param=params.pointer("customer_params", "rate_limit"),
                retry_after=max(1, math.ceil(window[0] + WINDOW_SECONDS - now)),
            )
        window.append(now)

    def _check_budget(self, customer: str, customer_params: dict[str, Any], params: RespanParams, now: float) -> None:
        period, seconds_left = _period(customer_params, now)
        checks = (("period_budget", period, seconds_left), ("total_budget", "total", TOTAL_BUDGET_RETRY_AFTER))
        for field, key, retry_after in checks:
            budget = customer_params.get(field)
            spent = self._spend.get((customer, key), 0.0)
            if isinstance(budget, int | float) and spent >= budget:
                raise ApiError(
                    429,
                    f"Customer {customer!r} exhausted its {field.replace('_', ' ')} of ${budget} (spent ${spent:.6f}).",
                    code="customer_budget_exceeded",
                    param=params.pointer("customer_params", field),
                    retry_after=retry_after,
                )


def customer_of(params: RespanParams) -> tuple[str | None, dict[str, Any] | None]:
    """The customer of a request (customer_params' identifier wins over customer_identifier) and its params."""
    customer_params = params.get("customer_params")
    if isinstance(customer_params, dict) and customer_params.get("customer_identifier"):
        return str(customer_params["customer_identifier"]), customer_params
    identifier = params.get("customer_identifier")
    return (identifier if isinstance(identifier, str) and identifier else None), None


def _period(customer_params: dict[str, Any], now: float) -> tuple[str, int]:
    """The current budget period's key and the seconds until it ends."""
    start, end = _parse_time(customer_params.get("period_start")), _parse_time(customer_params.get("period_end"))
    if start is not None and end is not None and end > start:
        return f"{start.isoformat()}/{end.isoformat()}", max(1, math.ceil(end.timestamp() - now))
    moment = datetime.fromtimestamp(now, UTC)
    midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    duration = customer_params.get("budget_duration", "monthly")
    if duration == "daily":
        key, ends = midnight.date().isoformat(), midnight + timedelta(days=1)
    elif duration == "weekly":
        year, week, weekday = moment.isocalendar()
        key, ends = f"{year}-W{week:02d}", midnight + timedelta(days=8 - weekday)
    elif duration == "yearly":
        key, ends = str(moment.year), midnight.replace(year=moment.year + 1, month=1, day=1)
    else:
        first = midnight.replace(day=1)
        key, ends = f"{moment.year}-{moment.month:02d}", (first + timedelta(days=32)).replace(day=1)
    return key, max(1, math.ceil(ends.timestamp() - now))


def _parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
