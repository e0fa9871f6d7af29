"""Server-sent event streams of typed events, parsed with httpx-sse.

`stream_sync()` / `stream_asyncio()` of an endpoint module return a Stream / AsyncStream. Iterating it yields one
typed event per server-sent event; the stream ends at the terminator (`data: [DONE]`) or when the server closes
it, and the connection is released when the iteration ends, when the loop is left early (the iterator is
closed), on `close()`, or on leaving a `with` / `async with` block.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import httpx
from httpx_sse import EventSource

from ._exceptions import RespanError, ResponseValidationError, StreamError, connection_errors, status_error

T = TypeVar("T")
FromDict = Callable[[Mapping[str, Any]], T]


class EventDecoder(ABC, Generic[T]):
    """Turns the `data` of one server-sent event into a typed event (None: skip the event)."""

    terminator: str | None = None

    @abstractmethod
    def decode(self, data: str) -> T | None: ...


class ModelDecoder(EventDecoder[T]):
    """Every event is one model (a ChatCompletionChunk); `terminator` is the `data` that ends the stream.

    An event holding an OpenAI-style `{"error": {...}}` envelope instead raises StreamError.
    """

    def __init__(self, from_dict: FromDict[T], *, terminator: str | None = None) -> None:
        self._from_dict = from_dict
        self.terminator = terminator

    def decode(self, data: str) -> T:
        payload = _load(data)
        error = payload.get("error")
        if isinstance(error, dict):
            raise _stream_error(error, payload)
        return _build(self._from_dict, payload)


class DiscriminatedDecoder(EventDecoder[T]):
    """Events are a union told apart by `property` (Responses events by `type`): each goes to its own class.

    The `error_event` type raises StreamError. An event type the spec does not know is skipped, so a server that
    adds event types does not break clients generated before.
    """

    def __init__(self, property: str, decoders: Mapping[str, FromDict[T]], *, error_event: str | None) -> None:
        self._property = property
        self._decoders = dict(decoders)
        self._error_event = error_event

    def decode(self, data: str) -> T | None:
        payload = _load(data)
        kind = payload.get(self._property)
        if kind is not None and kind == self._error_event:
            raise _stream_error(payload, payload)
        from_dict = self._decoders.get(kind) if isinstance(kind, str) else None
        return None if from_dict is None else _build(from_dict, payload)


class Stream(Generic[T]):
    """A stream of typed events over one HTTP response. Iterate it once; `response` has the headers."""

    def __init__(self, response: httpx.Response, decoder: EventDecoder[T]) -> None:
        self._response = response
        self._decoder = decoder
        self._iterated = False

    @property
    def response(self) -> httpx.Response:
        return self._response

    def __iter__(self) -> Iterator[T]:
        if self._iterated:
            raise RuntimeError("a Stream can be iterated only once")
        self._iterated = True
        return self._events()

    def _events(self) -> Iterator[T]:
        decode, terminator = self._decoder.decode, self._decoder.terminator
        try:
            with connection_errors():
                for sse in EventSource(self._response).iter_sse():
                    data = sse.data
                    if data == terminator:
                        return
                    if data:
                        event = decode(data)
                        if event is not None:
                            yield event
        finally:
            self._response.close()

    def close(self) -> None:
        """Release the connection; events not yet read are dropped."""
        self._response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncStream(Generic[T]):
    """A stream of typed events over one HTTP response, for `async for`. Iterate it once."""

    def __init__(self, response: httpx.Response, decoder: EventDecoder[T]) -> None:
        self._response = response
        self._decoder = decoder
        self._iterated = False

    @property
    def response(self) -> httpx.Response:
        return self._response

    def __aiter__(self) -> AsyncIterator[T]:
        if self._iterated:
            raise RuntimeError("an AsyncStream can be iterated only once")
        self._iterated = True
        return self._events()

    async def _events(self) -> AsyncIterator[T]:
        decode, terminator = self._decoder.decode, self._decoder.terminator
        try:
            with connection_errors():
                async for sse in EventSource(self._response).aiter_sse():
                    data = sse.data
                    if data == terminator:
                        return
                    if data:
                        event = decode(data)
                        if event is not None:
                            yield event
        finally:
            await self._response.aclose()

    async def close(self) -> None:
        """Release the connection; events not yet read are dropped."""
        await self._response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


def open_stream(client: httpx.Client, request: Mapping[str, Any], decoder: EventDecoder[T]) -> Stream[T]:
    """Send `request` (httpx.Client.request keyword arguments) and return its event stream, or raise."""
    built = client.build_request(**request)
    built.headers["Accept"] = "text/event-stream"
    with connection_errors():
        response = client.send(built, stream=True)
        if not _is_event_stream(response):
            try:
                response.read()
            finally:
                response.close()
            raise _not_a_stream(response)
    return Stream(response, decoder)


async def open_async_stream(
    client: httpx.AsyncClient, request: Mapping[str, Any], decoder: EventDecoder[T]
) -> AsyncStream[T]:
    """Send `request` (httpx.AsyncClient.request keyword arguments) and return its event stream, or raise."""
    built = client.build_request(**request)
    built.headers["Accept"] = "text/event-stream"
    with connection_errors():
        response = await client.send(built, stream=True)
        if not _is_event_stream(response):
            try:
                await response.aread()
            finally:
                await response.aclose()
            raise _not_a_stream(response)
    return AsyncStream(response, decoder)


def _is_event_stream(response: httpx.Response) -> bool:
    content_type = response.headers.get("content-type", "")
    return response.status_code == 200 and content_type.partition(";")[0].strip() == "text/event-stream"


def _not_a_stream(response: httpx.Response) -> RespanError:
    if response.status_code >= 400:
        return status_error(response)
    content_type = response.headers.get("content-type", "no content type")
    return ResponseValidationError(
        f"expected a 200 text/event-stream, got {response.status_code} {content_type}", response=response
    )


def _load(data: str) -> dict[str, Any]:
    try:
        payload = json.loads(data)
    except ValueError as exc:
        raise ResponseValidationError(f"stream event data is not JSON: {exc}: {data[:200]!r}") from exc
    if not isinstance(payload, dict):
        raise ResponseValidationError(f"stream event data must be a JSON object: {data[:200]!r}")
    return payload


def _build(from_dict: FromDict[T], payload: dict[str, Any]) -> T:
    try:
        return from_dict(payload)
    except (KeyError, TypeError, ValueError) as exc:
        raise ResponseValidationError(f"stream event does not match the spec: {exc!r}: {payload!r:.200}") from exc


def _stream_error(error: Mapping[str, Any], event: Mapping[str, Any]) -> StreamError:
    message, code, param = error.get("message"), error.get("code"), error.get("param")
    return StreamError(
        message if isinstance(message, str) else "the server reported an error in the stream",
        code=code if isinstance(code, str) else None,
        param=param if isinstance(param, str) else None,
        event=event,
    )
