"""Server-sent event streams of typed events, parsed with httpx-sse.

`stream_sync()` / `stream_asyncio()` of an endpoint module return a Stream / AsyncStream, or for chat and Responses
the subclasses that also assemble the final ChatCompletion / Response (ChatCompletionStream, ResponseStream and
their async twins). Iterating a stream yields one typed event per server-sent event; the stream ends at the
terminator (`data: [DONE]`) or when the server closes it, and the connection is released when the iteration ends,
when the loop is left early (the iterator is closed), on `close()`, or on leaving a `with` / `async with` block.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar

import httpx
import orjson
from httpx_sse import EventSource

from ._accumulate import completion_text, final_completion, final_response, response_text
from ._exceptions import RespanError, ResponseValidationError, StreamError, connection_errors, status_error
from .models.chat_completion import ChatCompletion
from .models.chat_completion_chunk import ChatCompletionChunk

if TYPE_CHECKING:  # the Responses models load with the first Responses call, not with the package
    from .models.response import Response

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

    The `error_event` type raises StreamError. An event of a type the client does not know (a newer gateway's), or
    that its class cannot read, is passed to `unknown` (the union's catch-all, which keeps every field) so that
    it stays reachable and the stream goes on; without `unknown` it is skipped.
    """

    def __init__(
        self,
        property: str,
        decoders: Mapping[str, FromDict[T]],
        *,
        error_event: str | None,
        unknown: FromDict[T] | None = None,
    ) -> None:
        self._property = property
        self._decoders = dict(decoders)
        self._error_event = error_event
        self._unknown = unknown

    def decode(self, data: str) -> T | None:
        payload = _load(data)
        kind = payload.get(self._property)
        if kind is not None and kind == self._error_event:
            raise _stream_error(payload, payload)
        from_dict = self._decoders.get(kind) if isinstance(kind, str) else None
        if from_dict is not None:
            try:
                return from_dict(payload)
            except (KeyError, TypeError, ValueError) as exc:
                if self._unknown is None:
                    raise _invalid_event(payload, exc) from exc
        if self._unknown is None or not isinstance(kind, str):
            return None
        return _build(self._unknown, payload)


class _StreamBase(Generic[T]):
    # Subclasses that assemble a final result keep the JSON text of the events they yield and decode it again
    # once, when asked for the result. Keeping the event objects instead made iterating 1.4x slower: thousands of
    # live objects make every garbage collection pass longer, while strings are not tracked (and take less memory).
    _keeps_events: ClassVar[bool] = False

    def __init__(self, response: httpx.Response, decoder: EventDecoder[T]) -> None:
        self._response = response
        self._decoder = decoder
        self._iterated = False
        self._closed = False
        self._finished = False  # the terminator arrived, or the server ended the stream
        self._kept: list[str] | None = [] if self._keeps_events else None

    @property
    def response(self) -> httpx.Response:
        """The HTTP response: status and headers (X-Respan-Log-Id, ...)."""
        return self._response

    def _start(self) -> None:
        if self._iterated:
            raise RuntimeError(f"a {type(self).__name__} can be iterated only once")
        self._iterated = True

    def _events_seen(self) -> list[T]:
        """Every event of the stream, which must have been read to its end."""
        if not self._finished:
            raise RuntimeError(
                f"the {type(self).__name__} did not reach its end (the loop was left early, close() was called, an "
                "error was raised, or it is still being iterated): there is no final result"
            )
        decode = self._decoder.decode
        return [event for event in map(decode, self._kept or ()) if event is not None]


class Stream(_StreamBase[T]):
    """A stream of typed events over one HTTP response. Iterate it once."""

    def __iter__(self) -> Iterator[T]:
        self._start()
        return self._events()

    def _events(self) -> Iterator[T]:
        decode, terminator = self._decoder.decode, self._decoder.terminator
        keep = None if self._kept is None else self._kept.append
        try:
            with connection_errors():
                for sse in EventSource(self._response).iter_sse():
                    data = sse.data
                    if data == terminator:
                        break
                    if data:
                        event = decode(data)
                        if event is not None:
                            if keep is not None:
                                keep(data)
                            yield event
            self._finished = True
        finally:
            self._response.close()

    def _read_to_end(self) -> list[T]:
        if not self._iterated and not self._closed:
            for _ in self:
                pass
        return self._events_seen()

    def close(self) -> None:
        """Release the connection; events not yet read are dropped."""
        self._closed = True
        self._response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncStream(_StreamBase[T]):
    """A stream of typed events over one HTTP response, for `async for`. Iterate it once."""

    def __aiter__(self) -> AsyncIterator[T]:
        self._start()
        return self._events()

    async def _events(self) -> AsyncIterator[T]:
        decode, terminator = self._decoder.decode, self._decoder.terminator
        keep = None if self._kept is None else self._kept.append
        try:
            with connection_errors():
                async for sse in EventSource(self._response).aiter_sse():
                    data = sse.data
                    if data == terminator:
                        break
                    if data:
                        event = decode(data)
                        if event is not None:
                            if keep is not None:
                                keep(data)
                            yield event
            self._finished = True
        finally:
            await self._response.aclose()

    async def _read_to_end(self) -> list[T]:
        if not self._iterated and not self._closed:
            async for _ in self:
                pass
        return self._events_seen()

    async def close(self) -> None:
        """Release the connection; events not yet read are dropped."""
        self._closed = True
        await self._response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


class ChatCompletionStream(Stream[ChatCompletionChunk]):
    """A chat stream that also gives the whole ChatCompletion, like the openai SDK's `get_final_completion()`."""

    _keeps_events = True

    def get_final_completion(self) -> ChatCompletion:
        """The ChatCompletion the call without streaming would return (usage only with include_usage). Reads the
        rest of the stream first; raises RuntimeError when the stream was closed before its end."""
        return final_completion(self._read_to_end())

    def get_final_text(self) -> str:
        """The content of the first choice, concatenated. Reads the rest of the stream first."""
        return completion_text(self._read_to_end())


class AsyncChatCompletionStream(AsyncStream[ChatCompletionChunk]):
    """An async chat stream that also gives the whole ChatCompletion (`await stream.get_final_completion()`)."""

    _keeps_events = True

    async def get_final_completion(self) -> ChatCompletion:
        """The ChatCompletion the call without streaming would return (usage only with include_usage). Reads the
        rest of the stream first; raises RuntimeError when the stream was closed before its end."""
        return final_completion(await self._read_to_end())

    async def get_final_text(self) -> str:
        """The content of the first choice, concatenated. Reads the rest of the stream first."""
        return completion_text(await self._read_to_end())


class ResponseStream(Stream[T]):
    """A Responses stream that also gives the final Response, like the openai SDK's `get_final_response()`."""

    _keeps_events = True

    def get_final_response(self) -> Response:
        """The Response of the response.completed (or response.failed / response.incomplete) event. Reads the rest
        of the stream first; raises RuntimeError when the stream was closed before its end."""
        return final_response(self._read_to_end())

    def get_final_text(self) -> str:
        """The output text, every response.output_text.delta concatenated. Reads the rest of the stream first."""
        return response_text(self._read_to_end())


class AsyncResponseStream(AsyncStream[T]):
    """An async Responses stream that also gives the final Response (`await stream.get_final_response()`)."""

    _keeps_events = True

    async def get_final_response(self) -> Response:
        """The Response of the response.completed (or response.failed / response.incomplete) event. Reads the rest
        of the stream first; raises RuntimeError when the stream was closed before its end."""
        return final_response(await self._read_to_end())

    async def get_final_text(self) -> str:
        """The output text, every response.output_text.delta concatenated. Reads the rest of the stream first."""
        return response_text(await self._read_to_end())


def open_stream(client: httpx.Client, request: Mapping[str, Any]) -> httpx.Response:
    """Send `request` (httpx.Client.request keyword arguments) and return the open event-stream response, or
    raise; wrap it in a Stream."""
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
    return response


async def open_async_stream(client: httpx.AsyncClient, request: Mapping[str, Any]) -> httpx.Response:
    """Send `request` (httpx.AsyncClient.request keyword arguments) and return the open event-stream response, or
    raise; wrap it in an AsyncStream."""
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
    return response


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
        payload = orjson.loads(data)  # 3-4x json.loads: parsing is a third of the cost of a stream event
    except orjson.JSONDecodeError as exc:
        raise ResponseValidationError(f"stream event data is not JSON: {exc}: {data[:200]!r}") from exc
    if not isinstance(payload, dict):
        raise ResponseValidationError(f"stream event data must be a JSON object: {data[:200]!r}")
    return payload


def _build(from_dict: FromDict[T], payload: dict[str, Any]) -> T:
    try:
        return from_dict(payload)
    except (KeyError, TypeError, ValueError) as exc:
        raise _invalid_event(payload, exc) from exc


def _invalid_event(payload: dict[str, Any], exc: Exception | None = None) -> ResponseValidationError:
    why = f": {exc!r}" if exc is not None else ""
    return ResponseValidationError(f"stream event does not match the spec{why}: {payload!r:.200}")


def _stream_error(error: Mapping[str, Any], event: Mapping[str, Any]) -> StreamError:
    message, code, param = error.get("message"), error.get("code"), error.get("param")
    return StreamError(
        message if isinstance(message, str) else "the server reported an error in the stream",
        code=code if isinstance(code, str) else None,
        param=param if isinstance(param, str) else None,
        event=event,
    )
