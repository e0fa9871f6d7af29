"""`create_client()`: an AuthenticatedClient set up like the OpenAI SDK's (API key from the environment,
retries, timeout), plus client-wide default Respan parameters."""

from __future__ import annotations

import os
import ssl
from collections.abc import Mapping

import httpx

from ._exceptions import ConfigurationError, status_error
from ._respan_params import RESPAN_PARAMS_HEADER, RespanParamsHook
from ._retries import AsyncRetryTransport, RetryPolicy, RetryTransport
from .client import AuthenticatedClient
from .models.respan_params import RespanParams

DEFAULT_BASE_URL = "https://api.respan.ai"
DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)


def create_client(
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    max_retries: int = 2,
    retry_policy: RetryPolicy | None = None,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    respan_params: RespanParams | None = None,
    respan_params_header: str = RESPAN_PARAMS_HEADER,
    headers: Mapping[str, str] | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
) -> AuthenticatedClient:
    """A client for every endpoint function, sync and async.

    Args:
        api_key: The Respan API key; default: the RESPAN_API_KEY environment variable.
        base_url: The gateway; default: RESPAN_BASE_URL, else https://api.respan.ai.
        max_retries: Retries of a failed request (connection errors, 408, 409, 429, 5xx); 0 turns them off.
        retry_policy: Full control of the backoff (its max_retries wins over `max_retries`).
        timeout: Seconds, or an httpx.Timeout; default 600 s, 5 s to connect.
        respan_params: Respan parameters sent with every request in the X-Data-Respan-Params header, under the
            per-call `respan_params` (a call's keys win). Body fields still win over both.
        respan_params_header: LEGACY_RESPAN_PARAMS_HEADER to send the header under its old name, for gateways
            that predate X-Data-Respan-Params.
        headers: Extra headers for every request.
        transport / async_transport: The httpx transports to send through (tests pass httpx.MockTransport);
            retries wrap them.
    """
    api_key = api_key or os.environ.get("RESPAN_API_KEY")
    if not api_key:
        raise ConfigurationError("no API key: pass api_key=... or set the RESPAN_API_KEY environment variable")
    base_url = _checked_base_url(base_url or os.environ.get("RESPAN_BASE_URL") or DEFAULT_BASE_URL)
    policy = retry_policy or RetryPolicy(max_retries=max_retries)
    hook = RespanParamsHook(respan_params, header=respan_params_header)
    all_headers = {"Authorization": f"Bearer {api_key}", **(headers or {})}
    timeouts = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    context = _ssl_context() if transport is None or async_transport is None else None

    client = AuthenticatedClient(base_url=base_url, token=api_key, timeout=timeouts, headers=all_headers)
    sync_transport = RetryTransport(transport or httpx.HTTPTransport(verify=context or True), policy)
    client.set_httpx_client(
        httpx.Client(
            base_url=base_url,
            headers=all_headers,
            timeout=timeouts,
            transport=sync_transport,
            event_hooks={"request": [hook], "response": [_reject_undocumented_status]},
        )
    )
    async_wrapped = async_transport or httpx.AsyncHTTPTransport(verify=context or True)
    client.set_async_httpx_client(
        httpx.AsyncClient(
            base_url=base_url,
            headers=all_headers,
            timeout=timeouts,
            transport=AsyncRetryTransport(async_wrapped, policy),
            event_hooks={"request": [hook.async_hook], "response": [_async_reject_undocumented_status]},
        )
    )
    return client


def _checked_base_url(base_url: str) -> str:
    """The gateway's URL, or ConfigurationError naming what is wrong with it (and where it came from)."""
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"base URL {base_url!r} (base_url= or RESPAN_BASE_URL) is not a URL: {exc}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(
            f"base URL {base_url!r} (base_url= or RESPAN_BASE_URL) must be http(s)://host[:port], "
            "e.g. https://api.respan.ai"
        )
    return base_url


# Both operations document one success status, 200. Any other status below 400 (a redirect from a base URL with the
# wrong scheme or path, a 204 from a proxy) raises APIStatusError here, for calls and streams alike; without this
# hook a non-stream call would raise the generator's UnexpectedStatus, outside the RespanError hierarchy.
def _reject_undocumented_status(response: httpx.Response) -> None:
    if response.status_code != 200 and response.status_code < 400:
        response.read()
        raise status_error(response)


async def _async_reject_undocumented_status(response: httpx.Response) -> None:
    if response.status_code != 200 and response.status_code < 400:
        await response.aread()
        raise status_error(response)


def _ssl_context() -> ssl.SSLContext:
    # One context for both transports: building one loads the CA bundle, which takes milliseconds.
    return httpx.create_ssl_context()
