from http import HTTPStatus
from typing import Any, TypeAlias, cast

import httpx

from ... import errors, types
from ..._exceptions import ResponseValidationError, connection_errors, status_error
from ..._header_codec import encode_json_header
from ..._streaming import (
    AsyncResponseStream,
    DiscriminatedDecoder,
    ResponseStream,
    open_async_stream,
    open_stream,
)
from ...client import AuthenticatedClient, Client
from ...models import (
    RespanParams,
    ResponseAudioDeltaEvent,
    ResponseAudioDoneEvent,
    ResponseAudioTranscriptDeltaEvent,
    ResponseAudioTranscriptDoneEvent,
    ResponseCodeInterpreterCallCodeDeltaEvent,
    ResponseCodeInterpreterCallCodeDoneEvent,
    ResponseCodeInterpreterCallCompletedEvent,
    ResponseCodeInterpreterCallInProgressEvent,
    ResponseCodeInterpreterCallInterpretingEvent,
    ResponseCompactionCompactingEvent,
    ResponseCompletedEvent,
    ResponseContentPartAddedEvent,
    ResponseContentPartDoneEvent,
    ResponseCreatedEvent,
    ResponseCustomToolCallInputDeltaEvent,
    ResponseCustomToolCallInputDoneEvent,
    ResponseFailedEvent,
    ResponseFileSearchCallCompletedEvent,
    ResponseFileSearchCallInProgressEvent,
    ResponseFileSearchCallSearchingEvent,
    ResponseFunctionCallArgumentsDeltaEvent,
    ResponseFunctionCallArgumentsDoneEvent,
    ResponseImageGenCallCompletedEvent,
    ResponseImageGenCallGeneratingEvent,
    ResponseImageGenCallInProgressEvent,
    ResponseImageGenCallPartialImageEvent,
    ResponseIncompleteEvent,
    ResponseInProgressEvent,
    ResponseMcpCallArgumentsDeltaEvent,
    ResponseMcpCallArgumentsDoneEvent,
    ResponseMcpCallCompletedEvent,
    ResponseMcpCallFailedEvent,
    ResponseMcpCallInProgressEvent,
    ResponseMcpListToolsCompletedEvent,
    ResponseMcpListToolsFailedEvent,
    ResponseMcpListToolsInProgressEvent,
    ResponseOutputItemAddedEvent,
    ResponseOutputItemDoneEvent,
    ResponseOutputTextAnnotationAddedEvent,
    ResponseOutputTextDeltaEvent,
    ResponseOutputTextDoneEvent,
    ResponseQueuedEvent,
    ResponseReasoningSummaryPartAddedEvent,
    ResponseReasoningSummaryPartDoneEvent,
    ResponseReasoningSummaryTextDeltaEvent,
    ResponseReasoningSummaryTextDoneEvent,
    ResponseReasoningTextDeltaEvent,
    ResponseReasoningTextDoneEvent,
    ResponseRefusalDeltaEvent,
    ResponseRefusalDoneEvent,
    ResponseShellCallCommandAddedEvent,
    ResponseShellCallCommandDeltaEvent,
    ResponseShellCallCommandDoneEvent,
    ResponseShellCallOutputContentDeltaEvent,
    ResponseShellCallOutputContentDoneEvent,
    ResponseWebSearchCallCompletedEvent,
    ResponseWebSearchCallInProgressEvent,
    ResponseWebSearchCallSearchingEvent,
    UnknownResponseStreamEvent,
)
from ...models.create_response_request import CreateResponseRequest
from ...models.response import Response
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    body: CreateResponseRequest,
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
        "url": "/api/responses",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response:
    if response.status_code == 200:
        try:
            response_200 = Response.from_dict(response.json())

            return response_200

        except (KeyError, TypeError, ValueError) as exc:
            raise ResponseValidationError(
                f"the {response.status_code} response does not match the spec: {exc!r}", response=response
            ) from exc
    if response.status_code >= 400:
        raise status_error(response)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> types.Response[Response]:
    return types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateResponseRequest,
    x_data_respan_params: str | Unset = UNSET,
    x_data_keywordsai_params: str | Unset = UNSET,
    x_respan_params: str | Unset = UNSET,
    x_respan_beta: str | Unset = UNSET,
    x_respan_route_provider: str | Unset = UNSET,
    respan_params: RespanParams | Unset = UNSET,
) -> types.Response[Response]:
    """Create response

     Send a response request through the Respan gateway using the OpenAI Responses API format. Supports
    streaming, tool use, multi-turn conversations (`previous_response_id`) and prompt management.

    Respan parameters can be passed the same way as for Create chat completion: top-level fields, nested
    under
    `respan_params`, or base64-encoded in the `X-Data-Respan-Params` header (`X-Respan-Params` is
    accepted as
    the same header).

    With `stream: true` the response is a stream of server-sent events in this order:
    `response.created`,
    `response.in_progress`, then per output item `response.output_item.added`, its content events and
    `response.output_item.done`, and finally `response.completed` (or `response.incomplete` /
    `response.failed`). Every event carries an increasing `sequence_number`.

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
        body (CreateResponseRequest): A Responses API request: the OpenAI Responses parameters
            plus the Respan parameters, which may also be
            nested under `respan_params` or sent in the `X-Data-Respan-Params` header.
        respan_params (RespanParams | Unset): Sent as the X-Data-Respan-Params header, base64 of
            compact JSON. Base64-encoded JSON object of Respan parameters. Lowest precedence of the
            three ways.

    Raises:
        APIStatusError: The server answered with an error status (a subclass per status: BadRequestError, ...).
        APIConnectionError: The request could not be sent or the answer not received (APITimeoutError on timeout).
        ResponseValidationError: The server answered 2xx with a body the spec does not allow.

    Returns:
        Response[Response]: status, headers, raw content and the parsed body.
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
    body: CreateResponseRequest,
    x_data_respan_params: str | Unset = UNSET,
    x_data_keywordsai_params: str | Unset = UNSET,
    x_respan_params: str | Unset = UNSET,
    x_respan_beta: str | Unset = UNSET,
    x_respan_route_provider: str | Unset = UNSET,
    respan_params: RespanParams | Unset = UNSET,
) -> Response:
    """Create response

     Send a response request through the Respan gateway using the OpenAI Responses API format. Supports
    streaming, tool use, multi-turn conversations (`previous_response_id`) and prompt management.

    Respan parameters can be passed the same way as for Create chat completion: top-level fields, nested
    under
    `respan_params`, or base64-encoded in the `X-Data-Respan-Params` header (`X-Respan-Params` is
    accepted as
    the same header).

    With `stream: true` the response is a stream of server-sent events in this order:
    `response.created`,
    `response.in_progress`, then per output item `response.output_item.added`, its content events and
    `response.output_item.done`, and finally `response.completed` (or `response.incomplete` /
    `response.failed`). Every event carries an increasing `sequence_number`.

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
        body (CreateResponseRequest): A Responses API request: the OpenAI Responses parameters
            plus the Respan parameters, which may also be
            nested under `respan_params` or sent in the `X-Data-Respan-Params` header.
        respan_params (RespanParams | Unset): Sent as the X-Data-Respan-Params header, base64 of
            compact JSON. Base64-encoded JSON object of Respan parameters. Lowest precedence of the
            three ways.

    Raises:
        APIStatusError: The server answered with an error status (a subclass per status: BadRequestError, ...).
        APIConnectionError: The request could not be sent or the answer not received (APITimeoutError on timeout).
        ResponseValidationError: The server answered 2xx with a body the spec does not allow.

    Returns:
        Response
    """

    return cast(
        "Response",
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
    body: CreateResponseRequest,
    x_data_respan_params: str | Unset = UNSET,
    x_data_keywordsai_params: str | Unset = UNSET,
    x_respan_params: str | Unset = UNSET,
    x_respan_beta: str | Unset = UNSET,
    x_respan_route_provider: str | Unset = UNSET,
    respan_params: RespanParams | Unset = UNSET,
) -> types.Response[Response]:
    """Create response

     Send a response request through the Respan gateway using the OpenAI Responses API format. Supports
    streaming, tool use, multi-turn conversations (`previous_response_id`) and prompt management.

    Respan parameters can be passed the same way as for Create chat completion: top-level fields, nested
    under
    `respan_params`, or base64-encoded in the `X-Data-Respan-Params` header (`X-Respan-Params` is
    accepted as
    the same header).

    With `stream: true` the response is a stream of server-sent events in this order:
    `response.created`,
    `response.in_progress`, then per output item `response.output_item.added`, its content events and
    `response.output_item.done`, and finally `response.completed` (or `response.incomplete` /
    `response.failed`). Every event carries an increasing `sequence_number`.

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
        body (CreateResponseRequest): A Responses API request: the OpenAI Responses parameters
            plus the Respan parameters, which may also be
            nested under `respan_params` or sent in the `X-Data-Respan-Params` header.
        respan_params (RespanParams | Unset): Sent as the X-Data-Respan-Params header, base64 of
            compact JSON. Base64-encoded JSON object of Respan parameters. Lowest precedence of the
            three ways.

    Raises:
        APIStatusError: The server answered with an error status (a subclass per status: BadRequestError, ...).
        APIConnectionError: The request could not be sent or the answer not received (APITimeoutError on timeout).
        ResponseValidationError: The server answered 2xx with a body the spec does not allow.

    Returns:
        Response[Response]: status, headers, raw content and the parsed body.
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
    body: CreateResponseRequest,
    x_data_respan_params: str | Unset = UNSET,
    x_data_keywordsai_params: str | Unset = UNSET,
    x_respan_params: str | Unset = UNSET,
    x_respan_beta: str | Unset = UNSET,
    x_respan_route_provider: str | Unset = UNSET,
    respan_params: RespanParams | Unset = UNSET,
) -> Response:
    """Create response

     Send a response request through the Respan gateway using the OpenAI Responses API format. Supports
    streaming, tool use, multi-turn conversations (`previous_response_id`) and prompt management.

    Respan parameters can be passed the same way as for Create chat completion: top-level fields, nested
    under
    `respan_params`, or base64-encoded in the `X-Data-Respan-Params` header (`X-Respan-Params` is
    accepted as
    the same header).

    With `stream: true` the response is a stream of server-sent events in this order:
    `response.created`,
    `response.in_progress`, then per output item `response.output_item.added`, its content events and
    `response.output_item.done`, and finally `response.completed` (or `response.incomplete` /
    `response.failed`). Every event carries an increasing `sequence_number`.

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
        body (CreateResponseRequest): A Responses API request: the OpenAI Responses parameters
            plus the Respan parameters, which may also be
            nested under `respan_params` or sent in the `X-Data-Respan-Params` header.
        respan_params (RespanParams | Unset): Sent as the X-Data-Respan-Params header, base64 of
            compact JSON. Base64-encoded JSON object of Respan parameters. Lowest precedence of the
            three ways.

    Raises:
        APIStatusError: The server answered with an error status (a subclass per status: BadRequestError, ...).
        APIConnectionError: The request could not be sent or the answer not received (APITimeoutError on timeout).
        ResponseValidationError: The server answered 2xx with a body the spec does not allow.

    Returns:
        Response
    """

    return cast(
        "Response",
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


ResponseStreamEvent: TypeAlias = (
    ResponseCreatedEvent
    | ResponseInProgressEvent
    | ResponseQueuedEvent
    | ResponseCompletedEvent
    | ResponseIncompleteEvent
    | ResponseFailedEvent
    | ResponseOutputItemAddedEvent
    | ResponseOutputItemDoneEvent
    | ResponseContentPartAddedEvent
    | ResponseContentPartDoneEvent
    | ResponseOutputTextDeltaEvent
    | ResponseOutputTextDoneEvent
    | ResponseOutputTextAnnotationAddedEvent
    | ResponseRefusalDeltaEvent
    | ResponseRefusalDoneEvent
    | ResponseFunctionCallArgumentsDeltaEvent
    | ResponseFunctionCallArgumentsDoneEvent
    | ResponseReasoningSummaryPartAddedEvent
    | ResponseReasoningSummaryPartDoneEvent
    | ResponseReasoningSummaryTextDeltaEvent
    | ResponseReasoningSummaryTextDoneEvent
    | ResponseReasoningTextDeltaEvent
    | ResponseReasoningTextDoneEvent
    | ResponseAudioDeltaEvent
    | ResponseAudioDoneEvent
    | ResponseAudioTranscriptDeltaEvent
    | ResponseAudioTranscriptDoneEvent
    | ResponseCodeInterpreterCallCodeDeltaEvent
    | ResponseCodeInterpreterCallCodeDoneEvent
    | ResponseCodeInterpreterCallCompletedEvent
    | ResponseCodeInterpreterCallInProgressEvent
    | ResponseCodeInterpreterCallInterpretingEvent
    | ResponseCompactionCompactingEvent
    | ResponseFileSearchCallCompletedEvent
    | ResponseFileSearchCallInProgressEvent
    | ResponseFileSearchCallSearchingEvent
    | ResponseShellCallCommandAddedEvent
    | ResponseShellCallCommandDeltaEvent
    | ResponseShellCallCommandDoneEvent
    | ResponseShellCallOutputContentDeltaEvent
    | ResponseShellCallOutputContentDoneEvent
    | ResponseWebSearchCallCompletedEvent
    | ResponseWebSearchCallInProgressEvent
    | ResponseWebSearchCallSearchingEvent
    | ResponseImageGenCallCompletedEvent
    | ResponseImageGenCallGeneratingEvent
    | ResponseImageGenCallInProgressEvent
    | ResponseImageGenCallPartialImageEvent
    | ResponseMcpCallArgumentsDeltaEvent
    | ResponseMcpCallArgumentsDoneEvent
    | ResponseMcpCallCompletedEvent
    | ResponseMcpCallFailedEvent
    | ResponseMcpCallInProgressEvent
    | ResponseMcpListToolsCompletedEvent
    | ResponseMcpListToolsFailedEvent
    | ResponseMcpListToolsInProgressEvent
    | ResponseCustomToolCallInputDeltaEvent
    | ResponseCustomToolCallInputDoneEvent
    | UnknownResponseStreamEvent
)
"""One event of the stream, told apart by its `type`; an event this client
does not know (or cannot read) is a UnknownResponseStreamEvent."""

_decode_event: DiscriminatedDecoder[ResponseStreamEvent] = DiscriminatedDecoder(
    "type",
    {
        "response.created": ResponseCreatedEvent.from_dict,
        "response.in_progress": ResponseInProgressEvent.from_dict,
        "response.queued": ResponseQueuedEvent.from_dict,
        "response.completed": ResponseCompletedEvent.from_dict,
        "response.incomplete": ResponseIncompleteEvent.from_dict,
        "response.failed": ResponseFailedEvent.from_dict,
        "response.output_item.added": ResponseOutputItemAddedEvent.from_dict,
        "response.output_item.done": ResponseOutputItemDoneEvent.from_dict,
        "response.content_part.added": ResponseContentPartAddedEvent.from_dict,
        "response.content_part.done": ResponseContentPartDoneEvent.from_dict,
        "response.output_text.delta": ResponseOutputTextDeltaEvent.from_dict,
        "response.output_text.done": ResponseOutputTextDoneEvent.from_dict,
        "response.output_text.annotation.added": ResponseOutputTextAnnotationAddedEvent.from_dict,
        "response.refusal.delta": ResponseRefusalDeltaEvent.from_dict,
        "response.refusal.done": ResponseRefusalDoneEvent.from_dict,
        "response.function_call_arguments.delta": ResponseFunctionCallArgumentsDeltaEvent.from_dict,
        "response.function_call_arguments.done": ResponseFunctionCallArgumentsDoneEvent.from_dict,
        "response.reasoning_summary_part.added": ResponseReasoningSummaryPartAddedEvent.from_dict,
        "response.reasoning_summary_part.done": ResponseReasoningSummaryPartDoneEvent.from_dict,
        "response.reasoning_summary_text.delta": ResponseReasoningSummaryTextDeltaEvent.from_dict,
        "response.reasoning_summary_text.done": ResponseReasoningSummaryTextDoneEvent.from_dict,
        "response.reasoning_text.delta": ResponseReasoningTextDeltaEvent.from_dict,
        "response.reasoning_text.done": ResponseReasoningTextDoneEvent.from_dict,
        "response.audio.delta": ResponseAudioDeltaEvent.from_dict,
        "response.audio.done": ResponseAudioDoneEvent.from_dict,
        "response.audio.transcript.delta": ResponseAudioTranscriptDeltaEvent.from_dict,
        "response.audio.transcript.done": ResponseAudioTranscriptDoneEvent.from_dict,
        "response.code_interpreter_call_code.delta": ResponseCodeInterpreterCallCodeDeltaEvent.from_dict,
        "response.code_interpreter_call_code.done": ResponseCodeInterpreterCallCodeDoneEvent.from_dict,
        "response.code_interpreter_call.completed": ResponseCodeInterpreterCallCompletedEvent.from_dict,
        "response.code_interpreter_call.in_progress": ResponseCodeInterpreterCallInProgressEvent.from_dict,
        "response.code_interpreter_call.interpreting": ResponseCodeInterpreterCallInterpretingEvent.from_dict,
        "response.compaction.compacting": ResponseCompactionCompactingEvent.from_dict,
        "response.file_search_call.completed": ResponseFileSearchCallCompletedEvent.from_dict,
        "response.file_search_call.in_progress": ResponseFileSearchCallInProgressEvent.from_dict,
        "response.file_search_call.searching": ResponseFileSearchCallSearchingEvent.from_dict,
        "response.shell_call_command.added": ResponseShellCallCommandAddedEvent.from_dict,
        "response.shell_call_command.delta": ResponseShellCallCommandDeltaEvent.from_dict,
        "response.shell_call_command.done": ResponseShellCallCommandDoneEvent.from_dict,
        "response.shell_call_output_content.delta": ResponseShellCallOutputContentDeltaEvent.from_dict,
        "response.shell_call_output_content.done": ResponseShellCallOutputContentDoneEvent.from_dict,
        "response.web_search_call.completed": ResponseWebSearchCallCompletedEvent.from_dict,
        "response.web_search_call.in_progress": ResponseWebSearchCallInProgressEvent.from_dict,
        "response.web_search_call.searching": ResponseWebSearchCallSearchingEvent.from_dict,
        "response.image_generation_call.completed": ResponseImageGenCallCompletedEvent.from_dict,
        "response.image_generation_call.generating": ResponseImageGenCallGeneratingEvent.from_dict,
        "response.image_generation_call.in_progress": ResponseImageGenCallInProgressEvent.from_dict,
        "response.image_generation_call.partial_image": ResponseImageGenCallPartialImageEvent.from_dict,
        "response.mcp_call_arguments.delta": ResponseMcpCallArgumentsDeltaEvent.from_dict,
        "response.mcp_call_arguments.done": ResponseMcpCallArgumentsDoneEvent.from_dict,
        "response.mcp_call.completed": ResponseMcpCallCompletedEvent.from_dict,
        "response.mcp_call.failed": ResponseMcpCallFailedEvent.from_dict,
        "response.mcp_call.in_progress": ResponseMcpCallInProgressEvent.from_dict,
        "response.mcp_list_tools.completed": ResponseMcpListToolsCompletedEvent.from_dict,
        "response.mcp_list_tools.failed": ResponseMcpListToolsFailedEvent.from_dict,
        "response.mcp_list_tools.in_progress": ResponseMcpListToolsInProgressEvent.from_dict,
        "response.custom_tool_call_input.delta": ResponseCustomToolCallInputDeltaEvent.from_dict,
        "response.custom_tool_call_input.done": ResponseCustomToolCallInputDoneEvent.from_dict,
    },
    error_event="error",
    unknown=UnknownResponseStreamEvent.from_dict,
)


def stream_sync(
    *,
    client: AuthenticatedClient,
    body: CreateResponseRequest,
    x_data_respan_params: str | Unset = UNSET,
    x_data_keywordsai_params: str | Unset = UNSET,
    x_respan_params: str | Unset = UNSET,
    x_respan_beta: str | Unset = UNSET,
    x_respan_route_provider: str | Unset = UNSET,
    respan_params: RespanParams | Unset = UNSET,
) -> ResponseStream[ResponseStreamEvent]:
    """Create response

     Send a response request through the Respan gateway using the OpenAI Responses API format. Supports
    streaming, tool use, multi-turn conversations (`previous_response_id`) and prompt management.

    Respan parameters can be passed the same way as for Create chat completion: top-level fields, nested
    under
    `respan_params`, or base64-encoded in the `X-Data-Respan-Params` header (`X-Respan-Params` is
    accepted as
    the same header).

    With `stream: true` the response is a stream of server-sent events in this order:
    `response.created`,
    `response.in_progress`, then per output item `response.output_item.added`, its content events and
    `response.output_item.done`, and finally `response.completed` (or `response.incomplete` /
    `response.failed`). Every event carries an increasing `sequence_number`.

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
        body (CreateResponseRequest): A Responses API request: the OpenAI Responses parameters
            plus the Respan parameters, which may also be
            nested under `respan_params` or sent in the `X-Data-Respan-Params` header.
        respan_params (RespanParams | Unset): Sent as the X-Data-Respan-Params header, base64 of
            compact JSON. Base64-encoded JSON object of Respan parameters. Lowest precedence of the
            three ways.

    Raises:
        APIStatusError: The server answered with an error status (a subclass per status: BadRequestError, ...).
        APIConnectionError: The request could not be sent or the answer not received (APITimeoutError on timeout).
        ResponseValidationError: The server answered 2xx with a body the spec does not allow.
        StreamError: The server reported an error inside the stream.

    Returns:
        ResponseStream[ResponseStreamEvent]: iterate it for the events; use it as a context manager (or iterate it to the end) so the connection is released.
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
    return ResponseStream(open_stream(client.get_httpx_client(), kwargs), _decode_event)


async def stream_asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateResponseRequest,
    x_data_respan_params: str | Unset = UNSET,
    x_data_keywordsai_params: str | Unset = UNSET,
    x_respan_params: str | Unset = UNSET,
    x_respan_beta: str | Unset = UNSET,
    x_respan_route_provider: str | Unset = UNSET,
    respan_params: RespanParams | Unset = UNSET,
) -> AsyncResponseStream[ResponseStreamEvent]:
    """Create response

     Send a response request through the Respan gateway using the OpenAI Responses API format. Supports
    streaming, tool use, multi-turn conversations (`previous_response_id`) and prompt management.

    Respan parameters can be passed the same way as for Create chat completion: top-level fields, nested
    under
    `respan_params`, or base64-encoded in the `X-Data-Respan-Params` header (`X-Respan-Params` is
    accepted as
    the same header).

    With `stream: true` the response is a stream of server-sent events in this order:
    `response.created`,
    `response.in_progress`, then per output item `response.output_item.added`, its content events and
    `response.output_item.done`, and finally `response.completed` (or `response.incomplete` /
    `response.failed`). Every event carries an increasing `sequence_number`.

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
        body (CreateResponseRequest): A Responses API request: the OpenAI Responses parameters
            plus the Respan parameters, which may also be
            nested under `respan_params` or sent in the `X-Data-Respan-Params` header.
        respan_params (RespanParams | Unset): Sent as the X-Data-Respan-Params header, base64 of
            compact JSON. Base64-encoded JSON object of Respan parameters. Lowest precedence of the
            three ways.

    Raises:
        APIStatusError: The server answered with an error status (a subclass per status: BadRequestError, ...).
        APIConnectionError: The request could not be sent or the answer not received (APITimeoutError on timeout).
        ResponseValidationError: The server answered 2xx with a body the spec does not allow.
        StreamError: The server reported an error inside the stream.

    Returns:
        AsyncResponseStream[ResponseStreamEvent]: iterate it with `async for`; use it as an async context manager (or iterate it to the end) so the connection is released.
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
    return AsyncResponseStream(await open_async_stream(client.get_async_httpx_client(), kwargs), _decode_event)
