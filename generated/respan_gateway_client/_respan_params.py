"""Respan parameters in a header: the typed codec, and client-wide defaults added by an httpx request hook.

The hook (rather than `Client.with_headers`, which mutates an httpx client already in use) runs for every request
the httpx client sends, streams included. It merges the client-wide defaults under the request's own
X-Data-Respan-Params (the call's keys win) and can write the result under the legacy header name for old servers.
"""

from __future__ import annotations

import httpx

from ._header_codec import HeaderDecodeError, decode_json_header, encode_json_header
from .models.respan_params import RespanParams

RESPAN_PARAMS_HEADER = "X-Data-Respan-Params"
LEGACY_RESPAN_PARAMS_HEADER = "X-Data-Keywordsai-Params"


def encode_respan_params(params: RespanParams) -> str:
    """The X-Data-Respan-Params value for `params`: base64 of their compact JSON."""
    return encode_json_header(params.to_dict())


def decode_respan_params(value: str) -> RespanParams:
    """The RespanParams in an X-Data-Respan-Params (or legacy) header value; HeaderDecodeError if malformed."""
    document = decode_json_header(value)
    try:
        return RespanParams.from_dict(document)
    except (KeyError, TypeError, ValueError) as exc:
        raise HeaderDecodeError(f"not valid Respan parameters: {exc!r}") from exc


class RespanParamsHook:
    """An httpx request event hook applying client-wide default Respan parameters to every request.

    `defaults` go under the request's own X-Data-Respan-Params keys (per-call values win, key by key); the result
    is sent as `header` (X-Data-Respan-Params, or LEGACY_RESPAN_PARAMS_HEADER for servers that predate it).
    """

    def __init__(self, defaults: RespanParams | None = None, *, header: str = RESPAN_PARAMS_HEADER) -> None:
        if header not in (RESPAN_PARAMS_HEADER, LEGACY_RESPAN_PARAMS_HEADER):
            raise ValueError(f"header must be {RESPAN_PARAMS_HEADER} or {LEGACY_RESPAN_PARAMS_HEADER}, got {header!r}")
        self._defaults = defaults.to_dict() if defaults is not None else {}
        self._encoded_defaults = encode_json_header(self._defaults) if self._defaults else None
        self._header = header

    def __call__(self, request: httpx.Request) -> None:
        own = request.headers.get(RESPAN_PARAMS_HEADER)
        if own is None:
            if self._encoded_defaults is not None:
                request.headers[self._header] = self._encoded_defaults
            return
        if self._defaults:
            try:
                own = encode_json_header({**self._defaults, **decode_json_header(own)})
            except HeaderDecodeError as exc:
                raise HeaderDecodeError(f"{RESPAN_PARAMS_HEADER} of this request: {exc}") from exc
        if self._header != RESPAN_PARAMS_HEADER:
            del request.headers[RESPAN_PARAMS_HEADER]
        request.headers[self._header] = own

    async def async_hook(self, request: httpx.Request) -> None:
        """The same hook for httpx.AsyncClient, which awaits its event hooks."""
        self(request)
