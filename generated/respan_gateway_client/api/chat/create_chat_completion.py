from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors, types
from ..._exceptions import ResponseValidationError, connection_errors, status_error
from ..._header_codec import encode_json_header
from ..._streaming import (
    AsyncChatCompletionStream,
    ChatCompletionStream,
    ModelDecoder,
    open_async_stream,
    open_stream,
)
from ...client import AuthenticatedClient, Client
from ...models import ChatCompletionChunk, RespanParams
from ...models.chat_completion import ChatCompletion
from ...models.create_chat_completion_request import CreateChatCompletionRequest
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    body: CreateChatCompletionRequest,
    x_data_respan_params: str | Unset = UNSET,
    x_data_keywordsai_params: str | Unset = UNSET,
    x_respan_params: str | Unset = UNSET,
    x_respan_beta: str | Unset = UNSET,
    x_respan_route_provider: str | Unset = UNSET,
    respan_params: RespanParams | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_data_respan_params, Unset):
        headers["X-Data-Respan-Params"] = x_data_respan_params

    if not isinstance(x_data_keywordsai_params, Unset):
        headers["X-Data-Keywordsai-Params"] = x_data_keywordsai_params

    if not isinstance(x_respan_params, Unset):
        headers["X-Respan-Params"] = x_respan_params

    if not isinstance(x_respan_beta, Unset):
        headers["X-Respan-Beta"] = x_respan_beta

    if not isinstance(x_respan_route_provider, Unset):
        headers["X-Respan-Route-Provider"] = x_respan_route_provider

    if not isinstance(respan_params, Unset):
        if "X-Data-Respan-Params" in headers:
            raise ValueError("pass respan_params or x_data_respan_params, not both")
        headers["X-Data-Respan-Params"] = encode_json_header(respan_params.to_dict())

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/chat/completions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChatCompletion:
    if response.status_code == 200:
        try:
            response_200 = ChatCompletion.from_dict(response.json())

            return response_200

        except (KeyError, TypeError, ValueError) as exc:
            raise ResponseValidationError(
                f"the {response.status_code} response does not match the spec: {exc!r}", response=response
            ) from exc
    if response.status_code >= 400:
        raise status_error(response)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> types.Response[ChatCompletion]:
    return types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateChatCompletionRequest,
    x_data_respan_params: str | Unset = UNSET,
    x_data_keywordsai_params: str | Unset = UNSET,
    x_respan_params: str | Unset = UNSET,
    x_respan_beta: str | Unset = UNSET,
    x_respan_route_provider: str | Unset = UNSET,
    respan_params: RespanParams | Unset = UNSET,
) -> types.Response[ChatCompletion]:
    """Create chat completion

     Send a chat completion request through the Respan gateway. Supports 250+ models across OpenAI,
    Anthropic,
    Google, Azure and more, with automatic logging, fallbacks, load balancing, caching and prompt
    management.
    Accepts all OpenAI chat completion parameters.

    Respan parameters can be passed three ways:

    1. **Top-level body fields**: add them directly to the request body.
    2. **Nested under `respan_params`**: explicit namespacing to avoid conflicts.
    3. **Header `X-Data-Respan-Params`**: a base64-encoded JSON object.

    Merge order: top-level body fields > `respan_params` > header. `keywordsai_params` is still accepted
    and
    merged into `respan_params`; `X-Data-Keywordsai-Params` is still accepted and renamed. With the
    OpenAI SDK,
    pass Respan parameters via `extra_body`.

    With `stream: true` the response is a stream of server-sent events, each `data:` a
    ChatCompletionChunk,
    ending with `data: [DONE]`.

    Args:
        x_data_respan_params (str | Unset): Base64-encoded (standard alphabet, padding optional)
            compact JSON object of Respan parameters. A value that
            is not base64, not JSON, or not an object is rejected with 400.
        x_data_keywordsai_params (str | Unset): Base64-encoded (standard alphabet, padding
            optional) compact JSON object of Respan parameters. A value that
            is not base64, not JSON, or not an object is rejected with 400.
        x_respan_params (str | Unset): Base64-encoded (standard alphabet, padding optional)
            compact JSON object of Respan parameters. A value that
            is not base64, not JSON, or not an object is rejected with 400.
        x_respan_beta (str | Unset): Comma-separated beta feature flags. Available: `token-
            breakdown-2026-03-26` (token usage details in
            `usage`), `env-scoped-integrations-2026-03-28` (provider integrations scoped to the key's
            environment).
        x_respan_route_provider (str | Unset): Pin the request to a specific provider without
            changing the model slug, e.g. `vertex_ai` routes a Claude
            request to Vertex AI.
        body (CreateChatCompletionRequest): A chat completion request: every OpenAI chat
            completion parameter plus the Respan parameters, which may
            also be nested under `respan_params` or sent in the `X-Data-Respan-Params` header.
        respan_params (RespanParams | Unset): Sent as the X-Data-Respan-Params header, base64 of
            compact JSON. Base64-encoded JSON object of Respan parameters. Lowest precedence of the
            three ways.

    Raises:
        APIStatusError: The server answered with an error status (a subclass per status: BadRequestError, ...).
        APIConnectionError: The request could not be sent or the answer not received (APITimeoutError on timeout).
        ResponseValidationError: The server answered 2xx with a body the spec does not allow.

    Returns:
        Response[ChatCompletion]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
        x_data_respan_params=x_data_respan_params,
        x_data_keywordsai_params=x_data_keywordsai_params,
        x_respan_params=x_respan_params,
        x_respan_beta=x_respan_beta,
        x_respan_route_provider=x_respan_route_provider,
        respan_params=respan_params,
    )
    if kwargs["json"].get("stream") is True:
        raise ValueError("stream=True: call stream_sync() or stream_asyncio() to receive the event stream")

    with connection_errors():
        response = client.get_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateChatCompletionRequest,
    x_data_respan_params: str | Unset = UNSET,
    x_data_keywordsai_params: str | Unset = UNSET,
    x_respan_params: str | Unset = UNSET,
    x_respan_beta: str | Unset = UNSET,
    x_respan_route_provider: str | Unset = UNSET,
    respan_params: RespanParams | Unset = UNSET,
) -> ChatCompletion:
    """Create chat completion

     Send a chat completion request through the Respan gateway. Supports 250+ models across OpenAI,
    Anthropic,
    Google, Azure and more, with automatic logging, fallbacks, load balancing, caching and prompt
    management.
    Accepts all OpenAI chat completion parameters.

    Respan parameters can be passed three ways:

    1. **Top-level body fields**: add them directly to the request body.
    2. **Nested under `respan_params`**: explicit namespacing to avoid conflicts.
    3. **Header `X-Data-Respan-Params`**: a base64-encoded JSON object.

    Merge order: top-level body fields > `respan_params` > header. `keywordsai_params` is still accepted
    and
    merged into `respan_params`; `X-Data-Keywordsai-Params` is still accepted and renamed. With the
    OpenAI SDK,
    pass Respan parameters via `extra_body`.

    With `stream: true` the response is a stream of server-sent events, each `data:` a
    ChatCompletionChunk,
    ending with `data: [DONE]`.

    Args:
        x_data_respan_params (str | Unset): Base64-encoded (standard alphabet, padding optional)
            compact JSON object of Respan parameters. A value that
            is not base64, not JSON, or not an object is rejected with 400.
        x_data_keywordsai_params (str | Unset): Base64-encoded (standard alphabet, padding
            optional) compact JSON object of Respan parameters. A value that
            is not base64, not JSON, or not an object is rejected with 400.
        x_respan_params (str | Unset): Base64-encoded (standard alphabet, padding optional)
            compact JSON object of Respan parameters. A value that
            is not base64, not JSON, or not an object is rejected with 400.
        x_respan_beta (str | Unset): Comma-separated beta feature flags. Available: `token-
            breakdown-2026-03-26` (token usage details in
            `usage`), `env-scoped-integrations-2026-03-28` (provider integrations scoped to the key's
            environment).
        x_respan_route_provider (str | Unset): Pin the request to a specific provider without
            changing the model slug, e.g. `vertex_ai` routes a Claude
            request to Vertex AI.
        body (CreateChatCompletionRequest): A chat completion request: every OpenAI chat
            completion parameter plus the Respan parameters, which may
            also be nested under `respan_params` or sent in the `X-Data-Respan-Params` header.
        respan_params (RespanParams | Unset): Sent as the X-Data-Respan-Params header, base64 of
            compact JSON. Base64-encoded JSON object of Respan parameters. Lowest precedence of the
            three ways.

    Raises:
        APIStatusError: The server answered with an error status (a subclass per status: BadRequestError, ...).
        APIConnectionError: The request could not be sent or the answer not received (APITimeoutError on timeout).
        ResponseValidationError: The server answered 2xx with a body the spec does not allow.

    Returns:
        ChatCompletion
    """

    return cast(
        "ChatCompletion",
        sync_detailed(
            client=client,
            body=body,
            x_data_respan_params=x_data_respan_params,
            x_data_keywordsai_params=x_data_keywordsai_params,
            x_respan_params=x_respan_params,
            x_respan_beta=x_respan_beta,
            x_respan_route_provider=x_respan_route_provider,
            respan_params=respan_params,
        ).parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateChatCompletionRequest,
    x_data_respan_params: str | Unset = UNSET,
    x_data_keywordsai_params: str | Unset = UNSET,
    x_respan_params: str | Unset = UNSET,
    x_respan_beta: str | Unset = UNSET,
    x_respan_route_provider: str | Unset = UNSET,
    respan_params: RespanParams | Unset = UNSET,
) -> types.Response[ChatCompletion]:
    """Create chat completion

     Send a chat completion request through the Respan gateway. Supports 250+ models across OpenAI,
    Anthropic,
    Google, Azure and more, with automatic logging, fallbacks, load balancing, caching and prompt
    management.
    Accepts all OpenAI chat completion parameters.

    Respan parameters can be passed three ways:

    1. **Top-level body fields**: add them directly to the request body.
    2. **Nested under `respan_params`**: explicit namespacing to avoid conflicts.
    3. **Header `X-Data-Respan-Params`**: a base64-encoded JSON object.

    Merge order: top-level body fields > `respan_params` > header. `keywordsai_params` is still accepted
    and
    merged into `respan_params`; `X-Data-Keywordsai-Params` is still accepted and renamed. With the
    OpenAI SDK,
    pass Respan parameters via `extra_body`.

    With `stream: true` the response is a stream of server-sent events, each `data:` a
    ChatCompletionChunk,
    ending with `data: [DONE]`.

    Args:
        x_data_respan_params (str | Unset): Base64-encoded (standard alphabet, padding optional)
            compact JSON object of Respan parameters. A value that
            is not base64, not JSON, or not an object is rejected with 400.
        x_data_keywordsai_params (str | Unset): Base64-encoded (standard alphabet, padding
            optional) compact JSON object of Respan parameters. A value that
            is not base64, not JSON, or not an object is rejected with 400.
        x_respan_params (str | Unset): Base64-encoded (standard alphabet, padding optional)
            compact JSON object of Respan parameters. A value that
            is not base64, not JSON, or not an object is rejected with 400.
        x_respan_beta (str | Unset): Comma-separated beta feature flags. Available: `token-
            breakdown-2026-03-26` (token usage details in
            `usage`), `env-scoped-integrations-2026-03-28` (provider integrations scoped to the key's
            environment).
        x_respan_route_provider (str | Unset): Pin the request to a specific provider without
            changing the model slug, e.g. `vertex_ai` routes a Claude
            request to Vertex AI.
        body (CreateChatCompletionRequest): A chat completion request: every OpenAI chat
            completion parameter plus the Respan parameters, which may
            also be nested under `respan_params` or sent in the `X-Data-Respan-Params` header.
        respan_params (RespanParams | Unset): Sent as the X-Data-Respan-Params header, base64 of
            compact JSON. Base64-encoded JSON object of Respan parameters. Lowest precedence of the
            three ways.

    Raises:
        APIStatusError: The server answered with an error status (a subclass per status: BadRequestError, ...).
        APIConnectionError: The request could not be sent or the answer not received (APITimeoutError on timeout).
        ResponseValidationError: The server answered 2xx with a body the spec does not allow.

    Returns:
        Response[ChatCompletion]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
        x_data_respan_params=x_data_respan_params,
        x_data_keywordsai_params=x_data_keywordsai_params,
        x_respan_params=x_respan_params,
        x_respan_beta=x_respan_beta,
        x_respan_route_provider=x_respan_route_provider,
        respan_params=respan_params,
    )
    if kwargs["json"].get("stream") is True:
        raise ValueError("stream=True: call stream_sync() or stream_asyncio() to receive the event stream")

    with connection_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateChatCompletionRequest,
    x_data_respan_params: str | Unset = UNSET,
    x_data_keywordsai_params: str | Unset = UNSET,
    x_respan_params: str | Unset = UNSET,
    x_respan_beta: str | Unset = UNSET,
    x_respan_route_provider: str | Unset = UNSET,
    respan_params: RespanParams | Unset = UNSET,
) -> ChatCompletion:
    """Create chat completion

     Send a chat completion request through the Respan gateway. Supports 250+ models across OpenAI,
    Anthropic,
    Google, Azure and more, with automatic logging, fallbacks, load balancing, caching and prompt
    management.
    Accepts all OpenAI chat completion parameters.

    Respan parameters can be passed three ways:

    1. **Top-level body fields**: add them directly to the request body.
    2. **Nested under `respan_params`**: explicit namespacing to avoid conflicts.
    3. **Header `X-Data-Respan-Params`**: a base64-encoded JSON object.

    Merge order: top-level body fields > `respan_params` > header. `keywordsai_params` is still accepted
    and
    merged into `respan_params`; `X-Data-Keywordsai-Params` is still accepted and renamed. With the
    OpenAI SDK,
    pass Respan parameters via `extra_body`.

    With `stream: true` the response is a stream of server-sent events, each `data:` a
    ChatCompletionChunk,
    ending with `data: [DONE]`.

    Args:
        x_data_respan_params (str | Unset): Base64-encoded (standard alphabet, padding optional)
            compact JSON object of Respan parameters. A value that
            is not base64, not JSON, or not an object is rejected with 400.
        x_data_keywordsai_params (str | Unset): Base64-encoded (standard alphabet, padding
            optional) compact JSON object of Respan parameters. A value that
            is not base64, not JSON, or not an object is rejected with 400.
        x_respan_params (str | Unset): Base64-encoded (standard alphabet, padding optional)
            compact JSON object of Respan parameters. A value that
            is not base64, not JSON, or not an object is rejected with 400.
        x_respan_beta (str | Unset): Comma-separated beta feature flags. Available: `token-
            breakdown-2026-03-26` (token usage details in
            `usage`), `env-scoped-integrations-2026-03-28` (provider integrations scoped to the key's
            environment).
        x_respan_route_provider (str | Unset): Pin the request to a specific provider without
            changing the model slug, e.g. `vertex_ai` routes a Claude
            request to Vertex AI.
        body (CreateChatCompletionRequest): A chat completion request: every OpenAI chat
            completion parameter plus the Respan parameters, which may
            also be nested under `respan_params` or sent in the `X-Data-Respan-Params` header.
        respan_params (RespanParams | Unset): Sent as the X-Data-Respan-Params header, base64 of
            compact JSON. Base64-encoded JSON object of Respan parameters. Lowest precedence of the
            three ways.

    Raises:
        APIStatusError: The server answered with an error status (a subclass per status: BadRequestError, ...).
        APIConnectionError: The request could not be sent or the answer not received (APITimeoutError on timeout).
        ResponseValidationError: The server answered 2xx with a body the spec does not allow.

    Returns:
        ChatCompletion
    """

    return cast(
        "ChatCompletion",
        (
            await asyncio_detailed(
                client=client,
                body=body,
                x_data_respan_params=x_data_respan_params,
                x_data_keywordsai_params=x_data_keywordsai_params,
                x_respan_params=x_respan_params,
                x_respan_beta=x_respan_beta,
                x_respan_route_provider=x_respan_route_provider,
                respan_params=respan_params,
            )
        ).parsed,
    )


_decode_event: ModelDecoder[ChatCompletionChunk] = ModelDecoder(
    ChatCompletionChunk.from_dict,
    terminator="[DONE]",
)


def stream_sync(
    *,
    client: AuthenticatedClient,
    body: CreateChatCompletionRequest,
    x_data_respan_params: str | Unset = UNSET,
    x_data_keywordsai_params: str | Unset = UNSET,
    x_respan_params: str | Unset = UNSET,
    x_respan_beta: str | Unset = UNSET,
    x_respan_route_provider: str | Unset = UNSET,
    respan_params: RespanParams | Unset = UNSET,
) -> ChatCompletionStream:
    """Create chat completion

     Send a chat completion request through the Respan gateway. Supports 250+ models across OpenAI,
    Anthropic,
    Google, Azure and more, with automatic logging, fallbacks, load balancing, caching and prompt
    management.
    Accepts all OpenAI chat completion parameters.

    Respan parameters can be passed three ways:

    1. **Top-level body fields**: add them directly to the request body.
    2. **Nested under `respan_params`**: explicit namespacing to avoid conflicts.
    3. **Header `X-Data-Respan-Params`**: a base64-encoded JSON object.

    Merge order: top-level body fields > `respan_params` > header. `keywordsai_params` is still accepted
    and
    merged into `respan_params`; `X-Data-Keywordsai-Params` is still accepted and renamed. With the
    OpenAI SDK,
    pass Respan parameters via `extra_body`.

    With `stream: true` the response is a stream of server-sent events, each `data:` a
    ChatCompletionChunk,
    ending with `data: [DONE]`.

    Args:
        x_data_respan_params (str | Unset): Base64-encoded (standard alphabet, padding optional)
            compact JSON object of Respan parameters. A value that
            is not base64, not JSON, or not an object is rejected with 400.
        x_data_keywordsai_params (str | Unset): Base64-encoded (standard alphabet, padding
            optional) compact JSON object of Respan parameters. A value that
            is not base64, not JSON, or not an object is rejected with 400.
        x_respan_params (str | Unset): Base64-encoded (standard alphabet, padding optional)
            compact JSON object of Respan parameters. A value that
            is not base64, not JSON, or not an object is rejected with 400.
        x_respan_beta (str | Unset): Comma-separated beta feature flags. Available: `token-
            breakdown-2026-03-26` (token usage details in
            `usage`), `env-scoped-integrations-2026-03-28` (provider integrations scoped to the key's
            environment).
        x_respan_route_provider (str | Unset): Pin the request to a specific provider without
            changing the model slug, e.g. `vertex_ai` routes a Claude
            request to Vertex AI.
        body (CreateChatCompletionRequest): A chat completion request: every OpenAI chat
            completion parameter plus the Respan parameters, which may
            also be nested under `respan_params` or sent in the `X-Data-Respan-Params` header.
        respan_params (RespanParams | Unset): Sent as the X-Data-Respan-Params header, base64 of
            compact JSON. Base64-encoded JSON object of Respan parameters. Lowest precedence of the
            three ways.

    Raises:
        APIStatusError: The server answered with an error status (a subclass per status: BadRequestError, ...).
        APIConnectionError: The request could not be sent or the answer not received (APITimeoutError on timeout).
        ResponseValidationError: The server answered 2xx with a body the spec does not allow.
        StreamError: The server reported an error inside the stream.

    Returns:
        ChatCompletionStream: iterate it for the events; use it as a context manager (or iterate it to the end) so the connection is released.
    """

    kwargs = _get_kwargs(
        body=body,
        x_data_respan_params=x_data_respan_params,
        x_data_keywordsai_params=x_data_keywordsai_params,
        x_respan_params=x_respan_params,
        x_respan_beta=x_respan_beta,
        x_respan_route_provider=x_respan_route_provider,
        respan_params=respan_params,
    )
    kwargs["json"]["stream"] = True
    return ChatCompletionStream(open_stream(client.get_httpx_client(), kwargs), _decode_event)


async def stream_asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateChatCompletionRequest,
    x_data_respan_params: str | Unset = UNSET,
    x_data_keywordsai_params: str | Unset = UNSET,
    x_respan_params: str | Unset = UNSET,
    x_respan_beta: str | Unset = UNSET,
    x_respan_route_provider: str | Unset = UNSET,
    respan_params: RespanParams | Unset = UNSET,
) -> AsyncChatCompletionStream:
    """Create chat completion

     Send a chat completion request through the Respan gateway. Supports 250+ models across OpenAI,
    Anthropic,
    Google, Azure and more, with automatic logging, fallbacks, load balancing, caching and prompt
    management.
    Accepts all OpenAI chat completion parameters.

    Respan parameters can be passed three ways:

    1. **Top-level body fields**: add them directly to the request body.
    2. **Nested under `respan_params`**: explicit namespacing to avoid conflicts.
    3. **Header `X-Data-Respan-Params`**: a base64-encoded JSON object.

    Merge order: top-level body fields > `respan_params` > header. `keywordsai_params` is still accepted
    and
    merged into `respan_params`; `X-Data-Keywordsai-Params` is still accepted and renamed. With the
    OpenAI SDK,
    pass Respan parameters via `extra_body`.

    With `stream: true` the response is a stream of server-sent events, each `data:` a
    ChatCompletionChunk,
    ending with `data: [DONE]`.

    Args:
        x_data_respan_params (str | Unset): Base64-encoded (standard alphabet, padding optional)
            compact JSON object of Respan parameters. A value that
            is not base64, not JSON, or not an object is rejected with 400.
        x_data_keywordsai_params (str | Unset): Base64-encoded (standard alphabet, padding
            optional) compact JSON object of Respan parameters. A value that
            is not base64, not JSON, or not an object is rejected with 400.
        x_respan_params (str | Unset): Base64-encoded (standard alphabet, padding optional)
            compact JSON object of Respan parameters. A value that
            is not base64, not JSON, or not an object is rejected with 400.
        x_respan_beta (str | Unset): Comma-separated beta feature flags. Available: `token-
            breakdown-2026-03-26` (token usage details in
            `usage`), `env-scoped-integrations-2026-03-28` (provider integrations scoped to the key's
            environment).
        x_respan_route_provider (str | Unset): Pin the request to a specific provider without
            changing the model slug, e.g. `vertex_ai` routes a Claude
            request to Vertex AI.
        body (CreateChatCompletionRequest): A chat completion request: every OpenAI chat
            completion parameter plus the Respan parameters, which may
            also be nested under `respan_params` or sent in the `X-Data-Respan-Params` header.
        respan_params (RespanParams | Unset): Sent as the X-Data-Respan-Params header, base64 of
            compact JSON. Base64-encoded JSON object of Respan parameters. Lowest precedence of the
            three ways.

    Raises:
        APIStatusError: The server answered with an error status (a subclass per status: BadRequestError, ...).
        APIConnectionError: The request could not be sent or the answer not received (APITimeoutError on timeout).
        ResponseValidationError: The server answered 2xx with a body the spec does not allow.
        StreamError: The server reported an error inside the stream.

    Returns:
        AsyncChatCompletionStream: iterate it with `async for`; use it as an async context manager (or iterate it to the end) so the connection is released.
    """

    kwargs = _get_kwargs(
        body=body,
        x_data_respan_params=x_data_respan_params,
        x_data_keywordsai_params=x_data_keywordsai_params,
        x_respan_params=x_respan_params,
        x_respan_beta=x_respan_beta,
        x_respan_route_provider=x_respan_route_provider,
        respan_params=respan_params,
    )
    kwargs["json"]["stream"] = True
    return AsyncChatCompletionStream(await open_async_stream(client.get_async_httpx_client(), kwargs), _decode_event)
