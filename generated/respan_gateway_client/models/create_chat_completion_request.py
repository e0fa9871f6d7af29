from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_params_reasoning_effort import (
    ChatCompletionParamsReasoningEffort,
    check_chat_completion_params_reasoning_effort,
)
from ..models.chat_completion_params_service_tier import (
    ChatCompletionParamsServiceTier,
    check_chat_completion_params_service_tier,
)
from ..models.chat_tool_choice_type_0 import ChatToolChoiceType0, check_chat_tool_choice_type_0
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateChatCompletionRequest")


@_attrs_define
class CreateChatCompletionRequest:
    """A chat completion request: every OpenAI chat completion parameter plus the Respan parameters, which may
    also be nested under `respan_params` or sent in the `X-Data-Respan-Params` header.

        Attributes:
            model (str): Model to use, e.g. `gpt-4o-mini` or `claude-3-5-sonnet-20241022`.
            messages (list[AssistantMessage | DeveloperMessage | SystemMessage | ToolMessage | UserMessage]): The
                conversation so far. Each message has a `role` (system, developer, user, assistant, tool) and
                `content`. With `prompt`, the rendered prompt template supplies the messages.
            stream (bool | Unset): Stream back partial progress token by token as server-sent events, ending with `data:
                [DONE]`.
            stream_options (ChatStreamOptions | Unset): Options for streaming; only with `stream` true.
            tools (list[ChatTool] | Unset): Tools the model may call. Currently only functions are supported.
            tool_choice (ChatToolChoiceType0 | NamedToolChoice | Unset): Controls tool selection: `none` = no tools, `auto`
                = the model decides, `required` = at least one tool call,
                or an object naming the function to call.
            parallel_tool_calls (bool | Unset): Enable parallel function calling during tool use.
            frequency_penalty (float | Unset): Penalizes tokens based on their frequency in the text so far (-2 to 2).
            presence_penalty (float | Unset): Penalizes tokens already present in the text (-2 to 2).
            max_tokens (int | Unset): Maximum tokens to generate; the choice ends with finish_reason `length` when reached.
            max_completion_tokens (int | Unset): Upper bound on generated tokens, including reasoning tokens. Replaces
                `max_tokens`.
            temperature (float | Unset): Sampling temperature (0-2). Higher = more random.
            top_p (float | Unset): Nucleus sampling probability mass.
            n (int | Unset): Number of completions to generate. Note that costs multiply with n.
            logprobs (bool | Unset): Return log probabilities of the output tokens.
            top_logprobs (int | Unset): Number of most likely alternatives returned per token position; requires `logprobs`.
            echo (bool | Unset): Echo back the prompt messages (`prompt_messages`) in addition to the completion.
            stop (list[str] | str | Unset): Up to 4 sequences where generation stops; the returned text does not contain
                them.
            logit_bias (ChatCompletionParamsLogitBias | Unset): Maps token IDs (as strings) to a bias from -100 to 100 added
                to their logits.
            response_format (ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset): Output
                format. `{"type": "json_schema", "json_schema": {...}}` for structured output, `{"type":
                "json_object"}` for JSON mode, `{"type": "text"}` for plain text.
            seed (int | Unset): Best-effort determinism; repeated requests with the same seed and parameters return the same
                result.
            user (str | Unset): A stable identifier for your end user (OpenAI's field; prefer `customer_identifier`).
            reasoning_effort (ChatCompletionParamsReasoningEffort | Unset): Effort for reasoning models.
            service_tier (ChatCompletionParamsServiceTier | Unset): Provider processing tier.
            store (bool | Unset): Whether the provider stores the completion.
            fallback_models (list[str] | Unset): Backup models, ranked by priority, tried in order if the primary model
                fails.
            customer_credentials (ProviderCredentials | Unset): Per-customer LLM provider credentials. Keys are provider
                names (`openai`, `anthropic`, ...); values are the
                provider's API key or an object with `api_key` and provider-specific fields. Never echoed or logged.
            credential_override (CredentialOverride | Unset): One-off credential overrides per provider. Overrides uploaded
                provider keys for this request only.
                Never echoed or logged.
            cache_enabled (bool | Unset): Enable response caching. A repeat of the same request within the TTL is served
                from the cache.
            cache_ttl (float | Unset): Cache time-to-live in seconds. Without it a cached response is served for at most 30
                minutes.
            cache_options (CacheOptions | Unset): Cache behaviour options.
            prompt (PromptParams | Unset): Prompt template config. The gateway renders the stored template with `variables`.
            retry_params (RetryParams | Unset): Retry config for the upstream call.
            disable_log (bool | Unset): When true, omits input/output from the log. Metrics (tokens, cost, latency) are
                still recorded.
            model_name_map (RespanParamsModelNameMap | Unset): Azure deployment name mapping. Maps your custom Azure
                deployment names to standard model names.
            models (list[LoadBalanceModel | str] | Unset): Model list for LLM router selection. Items are model names or
                load-balancing entries
                (`{"model": ..., "weight": ...}`); the gateway picks one of them instead of `model`.
            exclude_providers (list[str] | Unset): Providers to exclude from routing. All models under excluded providers
                are skipped.
            exclude_models (list[str] | Unset): Specific models to exclude from routing.
            metadata (RespanParamsMetadata | Unset): Custom key-value metadata attached to the span. Values are coerced to
                strings.
            custom_identifier (str | Unset): Indexed custom tag for fast querying.
            customer_identifier (str | Unset): End user identifier for analytics, budgets and rate limits.
            customer_params (CustomerParams | Unset): Extended customer info, budgets and rate limit.
            thread_identifier (str | Unset): Conversation thread ID. Spans with the same thread_identifier are grouped
                together.
            positive_feedback (bool | Unset): User feedback. true = liked, false = disliked.
            properties (RespanParamsProperties | Unset): Typed metadata preserving native types (numbers, booleans, nested
                objects).
            request_breakdown (bool | Unset): Return a response metrics summary (`request_breakdown`) in the response body.
                For streaming, the metrics
                appear in the final chunk.
            load_balance_group (LoadBalanceGroup | Unset): Load balance group selection. Route through a configured group,
                optionally overriding its models.
            load_balance_models (list[LoadBalanceModel] | Unset): Inline load balancing options; one model is picked per
                request, by weight.
            retries (int | Unset): Number of retries of the upstream call on failure.
            weight (float | Unset): Load balancing weight of this request's model.
            span_name (str | Unset): Custom span name for tracing.
            respan_params (RespanParams | Unset): Respan gateway parameters. Accepted as top-level body fields, nested under
                `respan_params` (or the legacy
                `keywordsai_params`), or base64-encoded in the `X-Data-Respan-Params` header. Precedence: top level >
                `respan_params` > `keywordsai_params` > header.
            keywordsai_params (RespanParams | Unset): Respan gateway parameters. Accepted as top-level body fields, nested
                under `respan_params` (or the legacy
                `keywordsai_params`), or base64-encoded in the `X-Data-Respan-Params` header. Precedence: top level >
                `respan_params` > `keywordsai_params` > header.
    """

    model: str
    messages: list[AssistantMessage | DeveloperMessage | SystemMessage | ToolMessage | UserMessage]
    stream: bool | Unset = UNSET
    stream_options: ChatStreamOptions | Unset = UNSET
    tools: list[ChatTool] | Unset = UNSET
    tool_choice: ChatToolChoiceType0 | NamedToolChoice | Unset = UNSET
    parallel_tool_calls: bool | Unset = UNSET
    frequency_penalty: float | Unset = UNSET
    presence_penalty: float | Unset = UNSET
    max_tokens: int | Unset = UNSET
    max_completion_tokens: int | Unset = UNSET
    temperature: float | Unset = UNSET
    top_p: float | Unset = UNSET
    n: int | Unset = UNSET
    logprobs: bool | Unset = UNSET
    top_logprobs: int | Unset = UNSET
    echo: bool | Unset = UNSET
    stop: list[str] | str | Unset = UNSET
    logit_bias: ChatCompletionParamsLogitBias | Unset = UNSET
    response_format: ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset = UNSET
    seed: int | Unset = UNSET
    user: str | Unset = UNSET
    reasoning_effort: ChatCompletionParamsReasoningEffort | Unset = UNSET
    service_tier: ChatCompletionParamsServiceTier | Unset = UNSET
    store: bool | Unset = UNSET
    fallback_models: list[str] | Unset = UNSET
    customer_credentials: ProviderCredentials | Unset = UNSET
    credential_override: CredentialOverride | Unset = UNSET
    cache_enabled: bool | Unset = UNSET
    cache_ttl: float | Unset = UNSET
    cache_options: CacheOptions | Unset = UNSET
    prompt: PromptParams | Unset = UNSET
    retry_params: RetryParams | Unset = UNSET
    disable_log: bool | Unset = UNSET
    model_name_map: RespanParamsModelNameMap | Unset = UNSET
    models: list[LoadBalanceModel | str] | Unset = UNSET
    exclude_providers: list[str] | Unset = UNSET
    exclude_models: list[str] | Unset = UNSET
    metadata: RespanParamsMetadata | Unset = UNSET
    custom_identifier: str | Unset = UNSET
    customer_identifier: str | Unset = UNSET
    customer_params: CustomerParams | Unset = UNSET
    thread_identifier: str | Unset = UNSET
    positive_feedback: bool | Unset = UNSET
    properties: RespanParamsProperties | Unset = UNSET
    request_breakdown: bool | Unset = UNSET
    load_balance_group: LoadBalanceGroup | Unset = UNSET
    load_balance_models: list[LoadBalanceModel] | Unset = UNSET
    retries: int | Unset = UNSET
    weight: float | Unset = UNSET
    span_name: str | Unset = UNSET
    respan_params: RespanParams | Unset = UNSET
    keywordsai_params: RespanParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        messages = []
        for messages_item_data in self.messages:
            messages_item: dict[str, Any]
            if isinstance(messages_item_data, SystemMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, DeveloperMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, UserMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, AssistantMessage):
                messages_item = messages_item_data.to_dict()
            else:
                messages_item = messages_item_data.to_dict()

            messages.append(messages_item)

        stream = self.stream

        stream_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stream_options, Unset):
            stream_options = self.stream_options.to_dict()

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, str):
            tool_choice = self.tool_choice
        else:
            tool_choice = self.tool_choice.to_dict()

        parallel_tool_calls = self.parallel_tool_calls

        frequency_penalty = self.frequency_penalty

        presence_penalty = self.presence_penalty

        max_tokens = self.max_tokens

        max_completion_tokens = self.max_completion_tokens

        temperature = self.temperature

        top_p = self.top_p

        n = self.n

        logprobs = self.logprobs

        top_logprobs = self.top_logprobs

        echo = self.echo

        stop: list[str] | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        logit_bias: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logit_bias, Unset):
            logit_bias = self.logit_bias.to_dict()

        response_format: dict[str, Any] | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, ResponseFormatText):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatJsonObject):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format.to_dict()

        seed = self.seed

        user = self.user

        reasoning_effort: str | Unset = UNSET
        if not isinstance(self.reasoning_effort, Unset):
            reasoning_effort = self.reasoning_effort

        service_tier: str | Unset = UNSET
        if not isinstance(self.service_tier, Unset):
            service_tier = self.service_tier

        store = self.store

        fallback_models: list[str] | Unset = UNSET
        if not isinstance(self.fallback_models, Unset):
            fallback_models = self.fallback_models

        customer_credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_credentials, Unset):
            customer_credentials = self.customer_credentials.to_dict()

        credential_override: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credential_override, Unset):
            credential_override = self.credential_override.to_dict()

        cache_enabled = self.cache_enabled

        cache_ttl = self.cache_ttl

        cache_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_options, Unset):
            cache_options = self.cache_options.to_dict()

        prompt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt, Unset):
            prompt = self.prompt.to_dict()

        retry_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retry_params, Unset):
            retry_params = self.retry_params.to_dict()

        disable_log = self.disable_log

        model_name_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_name_map, Unset):
            model_name_map = self.model_name_map.to_dict()

        models: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = []
            for models_item_data in self.models:
                models_item: dict[str, Any] | str
                if isinstance(models_item_data, LoadBalanceModel):
                    models_item = models_item_data.to_dict()
                else:
                    models_item = models_item_data
                models.append(models_item)

        exclude_providers: list[str] | Unset = UNSET
        if not isinstance(self.exclude_providers, Unset):
            exclude_providers = self.exclude_providers

        exclude_models: list[str] | Unset = UNSET
        if not isinstance(self.exclude_models, Unset):
            exclude_models = self.exclude_models

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        custom_identifier = self.custom_identifier

        customer_identifier = self.customer_identifier

        customer_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_params, Unset):
            customer_params = self.customer_params.to_dict()

        thread_identifier = self.thread_identifier

        positive_feedback = self.positive_feedback

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        request_breakdown = self.request_breakdown

        load_balance_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.load_balance_group, Unset):
            load_balance_group = self.load_balance_group.to_dict()

        load_balance_models: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.load_balance_models, Unset):
            load_balance_models = []
            for load_balance_models_item_data in self.load_balance_models:
                load_balance_models_item = load_balance_models_item_data.to_dict()
                load_balance_models.append(load_balance_models_item)

        retries = self.retries

        weight = self.weight

        span_name = self.span_name

        respan_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.respan_params, Unset):
            respan_params = self.respan_params.to_dict()

        keywordsai_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.keywordsai_params, Unset):
            keywordsai_params = self.keywordsai_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "messages": messages,
            }
        )
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if n is not UNSET:
            field_dict["n"] = n
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if echo is not UNSET:
            field_dict["echo"] = echo
        if stop is not UNSET:
            field_dict["stop"] = stop
        if logit_bias is not UNSET:
            field_dict["logit_bias"] = logit_bias
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if seed is not UNSET:
            field_dict["seed"] = seed
        if user is not UNSET:
            field_dict["user"] = user
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if store is not UNSET:
            field_dict["store"] = store
        if fallback_models is not UNSET:
            field_dict["fallback_models"] = fallback_models
        if customer_credentials is not UNSET:
            field_dict["customer_credentials"] = customer_credentials
        if credential_override is not UNSET:
            field_dict["credential_override"] = credential_override
        if cache_enabled is not UNSET:
            field_dict["cache_enabled"] = cache_enabled
        if cache_ttl is not UNSET:
            field_dict["cache_ttl"] = cache_ttl
        if cache_options is not UNSET:
            field_dict["cache_options"] = cache_options
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if retry_params is not UNSET:
            field_dict["retry_params"] = retry_params
        if disable_log is not UNSET:
            field_dict["disable_log"] = disable_log
        if model_name_map is not UNSET:
            field_dict["model_name_map"] = model_name_map
        if models is not UNSET:
            field_dict["models"] = models
        if exclude_providers is not UNSET:
            field_dict["exclude_providers"] = exclude_providers
        if exclude_models is not UNSET:
            field_dict["exclude_models"] = exclude_models
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if custom_identifier is not UNSET:
            field_dict["custom_identifier"] = custom_identifier
        if customer_identifier is not UNSET:
            field_dict["customer_identifier"] = customer_identifier
        if customer_params is not UNSET:
            field_dict["customer_params"] = customer_params
        if thread_identifier is not UNSET:
            field_dict["thread_identifier"] = thread_identifier
        if positive_feedback is not UNSET:
            field_dict["positive_feedback"] = positive_feedback
        if properties is not UNSET:
            field_dict["properties"] = properties
        if request_breakdown is not UNSET:
            field_dict["request_breakdown"] = request_breakdown
        if load_balance_group is not UNSET:
            field_dict["load_balance_group"] = load_balance_group
        if load_balance_models is not UNSET:
            field_dict["load_balance_models"] = load_balance_models
        if retries is not UNSET:
            field_dict["retries"] = retries
        if weight is not UNSET:
            field_dict["weight"] = weight
        if span_name is not UNSET:
            field_dict["span_name"] = span_name
        if respan_params is not UNSET:
            field_dict["respan_params"] = respan_params
        if keywordsai_params is not UNSET:
            field_dict["keywordsai_params"] = keywordsai_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:

            def _parse_messages_item(
                data: object,
            ) -> AssistantMessage | DeveloperMessage | SystemMessage | ToolMessage | UserMessage:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_0 = SystemMessage.from_dict(data)

                    return componentsschemas_chat_message_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_1 = DeveloperMessage.from_dict(data)

                    return componentsschemas_chat_message_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_2 = UserMessage.from_dict(data)

                    return componentsschemas_chat_message_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_3 = AssistantMessage.from_dict(data)

                    return componentsschemas_chat_message_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_message_type_4 = ToolMessage.from_dict(data)

                return componentsschemas_chat_message_type_4

            messages_item = _parse_messages_item(messages_item_data)

            messages.append(messages_item)

        stream = d.pop("stream", UNSET)

        _stream_options = d.pop("stream_options", UNSET)
        stream_options: ChatStreamOptions | Unset
        if isinstance(_stream_options, Unset):
            stream_options = UNSET
        else:
            stream_options = ChatStreamOptions.from_dict(_stream_options)

        _tools = d.pop("tools", UNSET)
        tools: list[ChatTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = ChatTool.from_dict(tools_item_data)

                tools.append(tools_item)

        def _parse_tool_choice(data: object) -> ChatToolChoiceType0 | NamedToolChoice | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_chat_tool_choice_type_0 = check_chat_tool_choice_type_0(data)

                return componentsschemas_chat_tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_chat_tool_choice_type_1 = NamedToolChoice.from_dict(data)

            return componentsschemas_chat_tool_choice_type_1

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        frequency_penalty = d.pop("frequency_penalty", UNSET)

        presence_penalty = d.pop("presence_penalty", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        max_completion_tokens = d.pop("max_completion_tokens", UNSET)

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        n = d.pop("n", UNSET)

        logprobs = d.pop("logprobs", UNSET)

        top_logprobs = d.pop("top_logprobs", UNSET)

        echo = d.pop("echo", UNSET)

        def _parse_stop(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_stop_sequences_type_1 = cast("list[str]", data)

                return componentsschemas_stop_sequences_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | str | Unset", data)

        stop = _parse_stop(d.pop("stop", UNSET))

        _logit_bias = d.pop("logit_bias", UNSET)
        logit_bias: ChatCompletionParamsLogitBias | Unset
        if isinstance(_logit_bias, Unset):
            logit_bias = UNSET
        else:
            logit_bias = ChatCompletionParamsLogitBias.from_dict(_logit_bias)

        def _parse_response_format(
            data: object,
        ) -> ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_response_format_type_0 = ResponseFormatText.from_dict(data)

                return componentsschemas_chat_response_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_response_format_type_1 = ResponseFormatJsonObject.from_dict(data)

                return componentsschemas_chat_response_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_chat_response_format_type_2 = ResponseFormatJsonSchema.from_dict(data)

            return componentsschemas_chat_response_format_type_2

        response_format = _parse_response_format(d.pop("response_format", UNSET))

        seed = d.pop("seed", UNSET)

        user = d.pop("user", UNSET)

        _reasoning_effort = d.pop("reasoning_effort", UNSET)
        reasoning_effort: ChatCompletionParamsReasoningEffort | Unset
        if isinstance(_reasoning_effort, Unset):
            reasoning_effort = UNSET
        else:
            reasoning_effort = check_chat_completion_params_reasoning_effort(_reasoning_effort)

        _service_tier = d.pop("service_tier", UNSET)
        service_tier: ChatCompletionParamsServiceTier | Unset
        if isinstance(_service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = check_chat_completion_params_service_tier(_service_tier)

        store = d.pop("store", UNSET)

        fallback_models = cast("list[str]", d.pop("fallback_models", UNSET))

        _customer_credentials = d.pop("customer_credentials", UNSET)
        customer_credentials: ProviderCredentials | Unset
        if isinstance(_customer_credentials, Unset):
            customer_credentials = UNSET
        else:
            customer_credentials = ProviderCredentials.from_dict(_customer_credentials)

        _credential_override = d.pop("credential_override", UNSET)
        credential_override: CredentialOverride | Unset
        if isinstance(_credential_override, Unset):
            credential_override = UNSET
        else:
            credential_override = CredentialOverride.from_dict(_credential_override)

        cache_enabled = d.pop("cache_enabled", UNSET)

        cache_ttl = d.pop("cache_ttl", UNSET)

        _cache_options = d.pop("cache_options", UNSET)
        cache_options: CacheOptions | Unset
        if isinstance(_cache_options, Unset):
            cache_options = UNSET
        else:
            cache_options = CacheOptions.from_dict(_cache_options)

        _prompt = d.pop("prompt", UNSET)
        prompt: PromptParams | Unset
        if isinstance(_prompt, Unset):
            prompt = UNSET
        else:
            prompt = PromptParams.from_dict(_prompt)

        _retry_params = d.pop("retry_params", UNSET)
        retry_params: RetryParams | Unset
        if isinstance(_retry_params, Unset):
            retry_params = UNSET
        else:
            retry_params = RetryParams.from_dict(_retry_params)

        disable_log = d.pop("disable_log", UNSET)

        _model_name_map = d.pop("model_name_map", UNSET)
        model_name_map: RespanParamsModelNameMap | Unset
        if isinstance(_model_name_map, Unset):
            model_name_map = UNSET
        else:
            model_name_map = RespanParamsModelNameMap.from_dict(_model_name_map)

        _models = d.pop("models", UNSET)
        models: list[LoadBalanceModel | str] | Unset = UNSET
        if _models is not UNSET:
            models = []
            for models_item_data in _models:

                def _parse_models_item(data: object) -> LoadBalanceModel | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_router_model_type_1 = LoadBalanceModel.from_dict(data)

                        return componentsschemas_router_model_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast("LoadBalanceModel | str", data)

                models_item = _parse_models_item(models_item_data)

                models.append(models_item)

        exclude_providers = cast("list[str]", d.pop("exclude_providers", UNSET))

        exclude_models = cast("list[str]", d.pop("exclude_models", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: RespanParamsMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = RespanParamsMetadata.from_dict(_metadata)

        custom_identifier = d.pop("custom_identifier", UNSET)

        customer_identifier = d.pop("customer_identifier", UNSET)

        _customer_params = d.pop("customer_params", UNSET)
        customer_params: CustomerParams | Unset
        if isinstance(_customer_params, Unset):
            customer_params = UNSET
        else:
            customer_params = CustomerParams.from_dict(_customer_params)

        thread_identifier = d.pop("thread_identifier", UNSET)

        positive_feedback = d.pop("positive_feedback", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: RespanParamsProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = RespanParamsProperties.from_dict(_properties)

        request_breakdown = d.pop("request_breakdown", UNSET)

        _load_balance_group = d.pop("load_balance_group", UNSET)
        load_balance_group: LoadBalanceGroup | Unset
        if isinstance(_load_balance_group, Unset):
            load_balance_group = UNSET
        else:
            load_balance_group = LoadBalanceGroup.from_dict(_load_balance_group)

        _load_balance_models = d.pop("load_balance_models", UNSET)
        load_balance_models: list[LoadBalanceModel] | Unset = UNSET
        if _load_balance_models is not UNSET:
            load_balance_models = []
            for load_balance_models_item_data in _load_balance_models:
                load_balance_models_item = LoadBalanceModel.from_dict(load_balance_models_item_data)

                load_balance_models.append(load_balance_models_item)

        retries = d.pop("retries", UNSET)

        weight = d.pop("weight", UNSET)

        span_name = d.pop("span_name", UNSET)

        _respan_params = d.pop("respan_params", UNSET)
        respan_params: RespanParams | Unset
        if isinstance(_respan_params, Unset):
            respan_params = UNSET
        else:
            respan_params = RespanParams.from_dict(_respan_params)

        _keywordsai_params = d.pop("keywordsai_params", UNSET)
        keywordsai_params: RespanParams | Unset
        if isinstance(_keywordsai_params, Unset):
            keywordsai_params = UNSET
        else:
            keywordsai_params = RespanParams.from_dict(_keywordsai_params)

        create_chat_completion_request = cls(
            model=model,
            messages=messages,
            stream=stream,
            stream_options=stream_options,
            tools=tools,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            frequency_penalty=frequency_penalty,
            presence_penalty=presence_penalty,
            max_tokens=max_tokens,
            max_completion_tokens=max_completion_tokens,
            temperature=temperature,
            top_p=top_p,
            n=n,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            echo=echo,
            stop=stop,
            logit_bias=logit_bias,
            response_format=response_format,
            seed=seed,
            user=user,
            reasoning_effort=reasoning_effort,
            service_tier=service_tier,
            store=store,
            fallback_models=fallback_models,
            customer_credentials=customer_credentials,
            credential_override=credential_override,
            cache_enabled=cache_enabled,
            cache_ttl=cache_ttl,
            cache_options=cache_options,
            prompt=prompt,
            retry_params=retry_params,
            disable_log=disable_log,
            model_name_map=model_name_map,
            models=models,
            exclude_providers=exclude_providers,
            exclude_models=exclude_models,
            metadata=metadata,
            custom_identifier=custom_identifier,
            customer_identifier=customer_identifier,
            customer_params=customer_params,
            thread_identifier=thread_identifier,
            positive_feedback=positive_feedback,
            properties=properties,
            request_breakdown=request_breakdown,
            load_balance_group=load_balance_group,
            load_balance_models=load_balance_models,
            retries=retries,
            weight=weight,
            span_name=span_name,
            respan_params=respan_params,
            keywordsai_params=keywordsai_params,
        )

        create_chat_completion_request.additional_properties = d
        return create_chat_completion_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once CreateChatCompletionRequest exists, so that models which contain each other load in either order.
from ..models.assistant_message import AssistantMessage
from ..models.cache_options import CacheOptions
from ..models.chat_completion_params_logit_bias import ChatCompletionParamsLogitBias
from ..models.chat_stream_options import ChatStreamOptions
from ..models.chat_tool import ChatTool
from ..models.credential_override import CredentialOverride
from ..models.customer_params import CustomerParams
from ..models.developer_message import DeveloperMessage
from ..models.load_balance_group import LoadBalanceGroup
from ..models.load_balance_model import LoadBalanceModel
from ..models.named_tool_choice import NamedToolChoice
from ..models.prompt_params import PromptParams
from ..models.provider_credentials import ProviderCredentials
from ..models.respan_params import RespanParams
from ..models.respan_params_metadata import RespanParamsMetadata
from ..models.respan_params_model_name_map import RespanParamsModelNameMap
from ..models.respan_params_properties import RespanParamsProperties
from ..models.response_format_json_object import ResponseFormatJsonObject
from ..models.response_format_json_schema import ResponseFormatJsonSchema
from ..models.response_format_text import ResponseFormatText
from ..models.retry_params import RetryParams
from ..models.system_message import SystemMessage
from ..models.tool_message import ToolMessage
from ..models.user_message import UserMessage
