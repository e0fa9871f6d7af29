"""The client's exceptions: one hierarchy under RespanError, with a class per error status like the OpenAI SDK."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import httpx


class RespanError(Exception):
    """Base class of every error this client raises."""


class ConfigurationError(RespanError, ValueError):
    """`create_client()` was given (or found in the environment) an unusable setting: no API key, a bad base URL."""


class APIConnectionError(RespanError):
    """The request could not be sent, or the answer not received (DNS, refused connection, dropped stream)."""


class APITimeoutError(APIConnectionError):
    """The request or the answer took longer than the client's timeout."""


class ResponseValidationError(RespanError):
    """The server answered with a success status but a body (or stream event) the spec does not allow."""

    def __init__(self, message: str, *, response: httpx.Response | None = None) -> None:
        super().__init__(_not_json(response) or message)
        self.response = response


class StreamError(RespanError):
    """The server reported an error inside an event stream (an `error` event, or a chunk holding `error`)."""

    def __init__(self, message: str, *, code: str | None, param: str | None, event: Mapping[str, Any]) -> None:
        super().__init__(f"{message} (code: {code})" if code else message)
        self.message = message
        self.code = code
        self.param = param
        self.event = event


REQUEST_ID_HEADER = "X-Respan-Log-Id"


class APIStatusError(RespanError):
    """The server answered with an error status, or one the spec does not document (a redirect, a 204).
    `message`, `type`, `code` and `param` come from the `{"error": {...}}` envelope when the body has one; `body`
    is the raw body either way; `request_id` is the X-Respan-Log-Id header (None without one), the id to quote to
    support and to look the request up in the Respan logs."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.status_code = response.status_code
        self.body = response.content
        self.request_id: str | None = response.headers.get(REQUEST_ID_HEADER)
        error = _error_envelope(self.body)
        self.message = _text(error.get("message")) or _fallback_message(response)
        self.type = _text(error.get("type"))
        self.code = _text(error.get("code"))
        self.param = _text(error.get("param"))
        super().__init__(self._summary())

    def _summary(self) -> str:
        details = []
        if self.code:
            details.append(f"code: {self.code}")
        if self.request_id:
            details.append(f"request_id: {self.request_id}")
        return f"{self.status_code}: {self.message}" + (f" ({', '.join(details)})" if details else "")


class BadRequestError(APIStatusError):
    """400: the request is invalid (body, Respan header, beta flag)."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or unknown."""


class PermissionDeniedError(APIStatusError):
    """403: the API key may not do this."""


class NotFoundError(APIStatusError):
    """404: a referenced prompt, prompt version, previous response or load balance group does not exist."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the server's state."""


class RequestTooLargeError(APIStatusError):
    """413: the body, a header or the message list is over the gateway's limits."""


class UnsupportedMediaTypeError(APIStatusError):
    """415: the body is not JSON."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but cannot be processed."""


class FailedDependencyError(APIStatusError):
    """424: every candidate model failed, after retries and fallbacks."""


class RateLimitError(APIStatusError):
    """429: a customer rate limit or budget is exhausted (see the Retry-After header)."""


class InternalServerError(APIStatusError):
    """5xx: the gateway failed."""


class ServiceUnavailableError(InternalServerError):
    """503: the gateway is overloaded or in maintenance (see the Retry-After header)."""


class GatewayTimeoutError(InternalServerError):
    """504: the upstream provider did not answer in time."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: RequestTooLargeError,
    415: UnsupportedMediaTypeError,
    422: UnprocessableEntityError,
    424: FailedDependencyError,
    429: RateLimitError,
    503: ServiceUnavailableError,
    504: GatewayTimeoutError,
}


def status_error(response: httpx.Response) -> APIStatusError:
    """The typed error for an error (or undocumented) status; the response's body must have been read."""
    if response.status_code in _BY_STATUS:
        return _BY_STATUS[response.status_code](response)
    if response.status_code >= 500:
        return InternalServerError(response)
    return APIStatusError(response)


@contextmanager
def connection_errors() -> Iterator[None]:
    """Re-raise httpx's transport errors as APIConnectionError / APITimeoutError."""
    try:
        yield
    except httpx.TimeoutException as exc:
        raise APITimeoutError(f"timed out: {exc}") from exc
    except httpx.TransportError as exc:
        raise APIConnectionError(f"connection error: {exc!r}") from exc


def _error_envelope(body: bytes) -> Mapping[str, Any]:
    try:
        document = json.loads(body)
    except ValueError:
        return {}
    error = document.get("error") if isinstance(document, dict) else None
    return error if isinstance(error, dict) else {}


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _fallback_message(response: httpx.Response) -> str:
    location = response.headers.get("location")
    if response.is_redirect and location:  # a base URL with the wrong scheme, host or path; POSTs are not followed
        return f"redirected to {location}: point base_url at the gateway itself"
    text = response.text.strip()
    if text and _media_type(response) == "text/html":  # a proxy's or web server's error page, not the envelope
        page = " ".join(_TAG.sub(" ", _HIDDEN.sub(" ", text)).split())
        return f"{page[:200] or response.reason_phrase} (an HTML page, not the gateway's JSON error)"
    return text[:500] if text else response.reason_phrase or "error"


_HIDDEN = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


def _media_type(response: httpx.Response) -> str:
    content_type: str = response.headers.get("content-type", "")
    return content_type.partition(";")[0].strip().lower()


def _not_json(response: httpx.Response | None) -> str | None:
    """What is wrong with a JSON answer's body that is not a JSON object at all (None when it is one, and for
    streams, whose errors say what they expected). It reads better than the parser's exception."""
    if response is None or not response.is_stream_consumed or _asked_for_stream(response):
        return None
    try:
        document = json.loads(response.content)
    except ValueError:
        snippet = response.content[:200].decode("utf-8", "replace")
        kind = _media_type(response) or "no content type"
        return f"the {response.status_code} response is not JSON ({kind}, {len(response.content)} bytes): {snippet!r}"
    if not isinstance(document, dict):
        return f"the {response.status_code} response is a JSON {type(document).__name__}, not an object"
    return None


def _asked_for_stream(response: httpx.Response) -> bool:
    try:
        accept: str | None = response.request.headers.get("accept")
    except RuntimeError:  # a response built by hand, without its request
        return False
    return accept == "text/event-stream"
