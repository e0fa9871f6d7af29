"""A client library for accessing Respan LLM Gateway API"""

from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    FailedDependencyError,
    GatewayTimeoutError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTooLargeError,
    RespanError,
    ResponseValidationError,
    ServiceUnavailableError,
    StreamError,
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
)
from ._factory import create_client
from ._header_codec import HeaderDecodeError
from ._respan_params import (
    LEGACY_RESPAN_PARAMS_HEADER,
    RESPAN_PARAMS_HEADER,
    RespanParamsHook,
    decode_respan_params,
    encode_respan_params,
)
from ._retries import AsyncRetryTransport, RetryPolicy, RetryTransport
from ._streaming import AsyncStream, Stream
from .client import AuthenticatedClient, Client

__all__ = (
    "LEGACY_RESPAN_PARAMS_HEADER",
    "RESPAN_PARAMS_HEADER",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncRetryTransport",
    "AsyncStream",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConfigurationError",
    "ConflictError",
    "FailedDependencyError",
    "GatewayTimeoutError",
    "HeaderDecodeError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTooLargeError",
    "RespanError",
    "RespanParamsHook",
    "ResponseValidationError",
    "RetryPolicy",
    "RetryTransport",
    "ServiceUnavailableError",
    "Stream",
    "StreamError",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "create_client",
    "decode_respan_params",
    "encode_respan_params",
)
