"""The gateway's error envelope: one exception type carried through the pipeline, rendered as the spec's
`{"error": {"message", "type", "param", "code"}}` with the status it documents."""

from __future__ import annotations

from typing import Final

from starlette.responses import Response

from respan_mock import _json

# Error `type` of each documented status (openapi/components/errors.yaml).
ERROR_TYPES: Final[dict[int, str]] = {
    400: "invalid_request_error",
    401: "authentication_error",
    404: "not_found_error",
    405: "invalid_request_error",
    413: "request_too_large",
    415: "unsupported_media_type",
    424: "upstream_error",
    429: "rate_limit_error",
    500: "api_error",
    503: "service_unavailable",
    504: "timeout_error",
}

SHOWN_CHARACTERS: Final = 80  # of a client's value repeated in an error message


def shown(value: object) -> str:
    """`value` as an error message quotes it: its repr, cut to SHOWN_CHARACTERS (an id may be 100 kB long)."""
    text = repr(value)
    return text if len(text) <= SHOWN_CHARACTERS else text[:SHOWN_CHARACTERS] + "..."


# Statuses whose responses carry Retry-After in the spec.
RETRY_AFTER_STATUSES: Final = frozenset({429, 503})


class ApiError(Exception):
    """A request the gateway answers with an error status and the error envelope."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None,
        param: str | None = None,
        retry_after: int | None = None,
        headers: dict[str, str] | None = None,
        error_type: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.param = param
        self.retry_after = retry_after
        self.headers = headers or {}
        self.error_type = error_type  # None: the status's documented type

    def body(self) -> dict[str, dict[str, str | None]]:
        return {
            "error": {
                "message": self.message,
                "type": self.error_type or ERROR_TYPES.get(self.status, "api_error"),
                "param": self.param,
                "code": self.code,
            }
        }

    def response(self, extra_headers: dict[str, str] | None = None) -> Response:
        headers = {**self.headers, **(extra_headers or {})}
        if self.status in RETRY_AFTER_STATUSES:
            headers["Retry-After"] = str(max(0, self.retry_after if self.retry_after is not None else 1))
        return Response(
            _json.dumps(self.body()), status_code=self.status, headers=headers, media_type="application/json"
        )


def pointer(*parts: str | int) -> str:
    """A JSON pointer (RFC 6901) from path segments."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts)
