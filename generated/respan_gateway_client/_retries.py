"""Retries with exponential backoff and jitter, as httpx transports wrapping the real one.

Retried: connection failures and timeouts before a response arrived, and the statuses 408, 409, 429 and 5xx.
The server's Retry-After (seconds or an HTTP date; also `retry-after-ms`) is honoured when it asks for at most
`max_retry_after` seconds. A transport only decides before it hands the response over, so a stream whose status
and headers arrived is never retried, whatever happens to its body later.
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import time
from collections.abc import Awaitable, Callable

import httpx
from attrs import define, field, validators

RETRY_STATUSES = frozenset({408, 409, 429})
RETRY_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


@define(frozen=True)
class RetryPolicy:
    """How often and how long to wait: attempt n (from 0) waits min(initial_delay * 2**n, max_delay), minus up to
    25% jitter, unless the server's Retry-After says otherwise."""

    max_retries: int = field(default=2, validator=validators.ge(0))
    initial_delay: float = field(default=0.5, validator=validators.ge(0))
    max_delay: float = field(default=8.0, validator=validators.ge(0))
    max_retry_after: float = field(default=60.0, validator=validators.ge(0))

    def delay(self, attempt: int, response: httpx.Response | None = None) -> float:
        """Seconds to wait before retry number `attempt + 1`."""
        requested = _retry_after(response) if response is not None else None
        if requested is not None and 0 <= requested <= self.max_retry_after:
            return requested
        backoff = min(self.initial_delay * 2.0**attempt, self.max_delay)
        return backoff * (1 - 0.25 * random.random())

    def retries_status(self, status_code: int) -> bool:
        return status_code in RETRY_STATUSES or status_code >= 500


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport (httpx.HTTPTransport, MockTransport, ...) with `policy`."""

    def __init__(
        self, wrapped: httpx.BaseTransport, policy: RetryPolicy, *, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        self._wrapped = wrapped
        self._policy = policy
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            try:
                response = self._wrapped.handle_request(request)
            except RETRY_ERRORS:
                if attempt >= self._policy.max_retries:
                    raise
                delay = self._policy.delay(attempt)
            else:
                if attempt >= self._policy.max_retries or not self._policy.retries_status(response.status_code):
                    return response
                delay = self._policy.delay(attempt, response)
                response.close()
            self._sleep(delay)
            attempt += 1

    def close(self) -> None:
        self._wrapped.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Wraps an async transport (httpx.AsyncHTTPTransport, MockTransport, ...) with `policy`."""

    def __init__(
        self,
        wrapped: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._wrapped = wrapped
        self._policy = policy
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            try:
                response = await self._wrapped.handle_async_request(request)
            except RETRY_ERRORS:
                if attempt >= self._policy.max_retries:
                    raise
                delay = self._policy.delay(attempt)
            else:
                if attempt >= self._policy.max_retries or not self._policy.retries_status(response.status_code):
                    return response
                delay = self._policy.delay(attempt, response)
                await response.aclose()
            await self._sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        await self._wrapped.aclose()


def _retry_after(response: httpx.Response) -> float | None:
    milliseconds = response.headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            return float(milliseconds) / 1000
        except ValueError:
            pass
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).timestamp() - time.time()
    except (TypeError, ValueError, IndexError):
        return None
