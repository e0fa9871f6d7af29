from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_params_function_call_type_0 import (
    ChatCompletionParamsFunctionCallType0,
)
from ..models.chat_completion_params_modalities_type_0_item import (
    ChatCompletionParamsModalitiesType0Item,
    check_chat_completion_params_modalities_type_0_item,
)
from ..models.chat_completion_params_prompt_cache_retention_type_0 import (
    ChatCompletionParamsPromptCacheRetentionType0,
)
from ..models.chat_completion_params_reasoning_effort import (
    ChatCompletionParamsReasoningEffort,
)
from ..models.chat_completion_params_service_tier import (
    ChatCompletionParamsServiceTier,
)
from ..models.chat_completion_params_verbosity_type_0 import (
    ChatCompletionParamsVerbosityType0,
)
from ..models.chat_tool_choice_type_0 import ChatToolChoiceType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionParams")


@_attrs_define
class ChatCompletionParams:
    """The OpenAI chat completion parameters the gateway accepts and passes through.

    Attributes:
        model (str): Model to use, e.g. `gpt-4o-mini` or `claude-3-5-sonnet-20241022`.
        messages (list[AssistantMessage | DeveloperMessage | FunctionMessage | SystemMessage | ToolMessage |
            UserMessage]): The conversation so far. Each message has a `role` (system, developer, user, assistant, tool) and
            `content`. With `prompt`, the rendered prompt template supplies the messages.
        stream (bool | Unset): Stream back partial progress token by token as server-sent events, ending with `data:
            [DONE]`.
        stream_options (ChatStreamOptions | None | Unset):
        tools (list[ChatCustomTool | ChatTool | UnknownChatTool] | Unset): Tools the model may call. Currently only
            functions are supported.
        tool_choice (ChatAllowedToolsChoice | ChatNamedCustomToolChoice | ChatToolChoiceType0 | NamedToolChoice |
            UnknownChatToolChoice | Unset): Controls tool selection: `none` = no tools, `auto` = the model decides,
            `required` = at least one tool call,
            or an object naming the function to call.
        parallel_tool_calls (bool | Unset): Enable parallel function calling during tool use.
        frequency_penalty (float | None | Unset): Penalizes tokens based on their frequency in the text so far (-2 to
            2).
        presence_penalty (float | None | Unset): Penalizes tokens already present in the text (-2 to 2).
        max_tokens (int | None | Unset): Maximum tokens to generate; the choice ends with finish_reason `length` when
            reached.
        max_completion_tokens (int | None | Unset): Upper bound on generated tokens, including reasoning tokens.
            Replaces `max_tokens`.
        temperature (float | None | Unset): Sampling temperature (0-2). Higher = more random.
        top_p (float | None | Unset): Nucleus sampling probability mass.
        n (int | None | Unset): Number of completions to generate. Note that costs multiply with n.
        logprobs (bool | None | Unset): Return log probabilities of the output tokens.
        top_logprobs (int | None | Unset): Number of most likely alternatives returned per token position; requires
            `logprobs`.
        echo (bool | Unset): Echo back the prompt messages (`prompt_messages`) in addition to the completion.
        stop (list[str] | None | str | Unset):
        logit_bias (ChatCompletionParamsLogitBias | None | Unset): Maps token IDs (as strings) to a bias from -100 to
            100 added to their logits.
        response_format (ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText |
            UnknownChatResponseFormat | Unset): Output format. `{"type": "json_schema", "json_schema": {...}}` for
            structured output, `{"type":
            "json_object"}` for JSON mode, `{"type": "text"}` for plain text.
        seed (int | None | Unset): Best-effort determinism; repeated requests with the same seed and parameters return
            the same result.
        user (str | Unset): A stable identifier for your end user (OpenAI's field; prefer `customer_identifier`).
        reasoning_effort (ChatCompletionParamsReasoningEffort | None | Unset): Effort for reasoning models.
        service_tier (ChatCompletionParamsServiceTier | None | Unset): Provider processing tier.
        store (bool | None | Unset): Whether the provider stores the completion.
        audio (ChatAudioParams | None | Unset): Parameters for audio output.

            Required when audio output is requested with `modalities: ["audio"]`. [Learn
            more](https://developers.openai.com/api/docs/guides/audio).
        function_call (ChatCompletionParamsFunctionCallType0 | ChatFunctionCallOption | Unset): Deprecated in favor of
            `tool_choice`.

            Controls which (if any) function is called by the model.

            `none` means the model will not call a function and instead generates a message.

            `auto` means the model can pick between generating a message or calling a function.

            Specifying a particular function via `{"name": "my_function"}` forces the model to call that function.

            `none` is the default when no functions are present. `auto` is the default if functions are present.
        functions (list[FunctionDefinition] | Unset): Deprecated in favor of `tools`.

            A list of functions the model may generate JSON inputs for.
        modalities (list[ChatCompletionParamsModalitiesType0Item] | None | Unset): Output types that you would like the
            model to generate. Most models are capable of generating text, which is
            the default:

            `["text"]`

            The `gpt-4o-audio-preview` model can also be used to [generate
            audio](https://developers.openai.com/api/docs/guides/audio). To request that this model generate both text and
            audio responses, you can use:

            `["text", "audio"]`
        moderation (ModerationParams | None | Unset): Configuration for running moderation on the request input and
            generated output.
        prediction (ChatPrediction | None | Unset): Configuration for a [Predicted
            Output](https://developers.openai.com/api/docs/guides/predicted-outputs), which
            can greatly improve response times when large parts of the model response are known ahead of time. This is
            most common when you are regenerating a file with only minor changes to most of the content.
        prompt_cache_key (None | str | Unset): Used by OpenAI to cache responses for similar requests to optimize your
            cache hit rates. Replaces the `user`
            field. [Learn more](https://developers.openai.com/api/docs/guides/prompt-caching).
        prompt_cache_options (PromptCacheOptions | Unset): Options for prompt caching.

            Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses one implicit cache
            breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`. Each request
            can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the
            conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit
            breakpoint. The `ttl` defaults to `30m`. Supported lifetimes depend on the API. See the [prompt caching
            guide](https://developers.openai.com/api/docs/guides/prompt-caching) for current details.
        prompt_cache_retention (ChatCompletionParamsPromptCacheRetentionType0 | None | Unset): Deprecated. Use
            `prompt_cache_options.ttl` instead.

            The retention policy for the prompt cache. Set to `24h` to enable extended prompt caching, which keeps cached
            prefixes active for longer, up to a maximum of 24 hours. [Learn
            more](https://developers.openai.com/api/docs/guides/prompt-caching#prompt-cache-retention). This field
            expresses a maximum retention policy, while `prompt_cache_options.ttl` expresses a minimum cache lifetime. The
            two fields are independent and do not interact. For `gpt-5.5`, `gpt-5.5-pro`, and future models, only `24h` is
            supported.

            For older models that support both `in_memory` and `24h`, the default depends on your organization's data
            retention policy:

            - Organizations without ZDR enabled default to `24h`.
            - Organizations with ZDR enabled default to `in_memory` when
              `prompt_cache_retention` is not specified.
        safety_identifier (None | str | Unset): A stable identifier used to help detect users of your application that
            may be violating OpenAI's usage
            policies. The IDs should be a string that uniquely identifies each user, with a maximum length of 128
            characters. We recommend hashing their username or email address, in order to avoid sending us any identifying
            information. [Learn more](https://developers.openai.com/api/docs/guides/safety-best-practices#implement-
            safety-identifiers).
        verbosity (ChatCompletionParamsVerbosityType0 | None | Unset): Constrains the verbosity of the model's response.

            Lower values will result in more concise responses, while higher values will result in more verbose responses.
            Currently supported values are `low`, `medium`, and `high`. The default is `medium`.
        web_search_options (ChatWebSearchOptions | Unset): This tool searches the web for relevant results to use in a
            response. Learn more about the [web search
            tool](https://developers.openai.com/api/docs/guides/tools-web-search).
    """

    model: str
    messages: list[AssistantMessage | DeveloperMessage | FunctionMessage | SystemMessage | ToolMessage | UserMessage]
    stream: bool | Unset = UNSET
    stream_options: ChatStreamOptions | None | Unset = UNSET
    tools: list[ChatCustomTool | ChatTool | UnknownChatTool] | Unset = UNSET
    tool_choice: (
        ChatAllowedToolsChoice
        | ChatNamedCustomToolChoice
        | ChatToolChoiceType0
        | NamedToolChoice
        | UnknownChatToolChoice
        | Unset
    ) = UNSET
    parallel_tool_calls: bool | Unset = UNSET
    frequency_penalty: float | None | Unset = UNSET
    presence_penalty: float | None | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    max_completion_tokens: int | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    n: int | None | Unset = UNSET
    logprobs: bool | None | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    echo: bool | Unset = UNSET
    stop: list[str] | None | str | Unset = UNSET
    logit_bias: ChatCompletionParamsLogitBias | None | Unset = UNSET
    response_format: (
        ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | UnknownChatResponseFormat | Unset
    ) = UNSET
    seed: int | None | Unset = UNSET
    user: str | Unset = UNSET
    reasoning_effort: ChatCompletionParamsReasoningEffort | None | Unset = UNSET
    service_tier: ChatCompletionParamsServiceTier | None | Unset = UNSET
    store: bool | None | Unset = UNSET
    audio: ChatAudioParams | None | Unset = UNSET
    function_call: ChatCompletionParamsFunctionCallType0 | ChatFunctionCallOption | Unset = UNSET
    functions: list[FunctionDefinition] | Unset = UNSET
    modalities: list[ChatCompletionParamsModalitiesType0Item] | None | Unset = UNSET
    moderation: ModerationParams | None | Unset = UNSET
    prediction: ChatPrediction | None | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_options: PromptCacheOptions | Unset = UNSET
    prompt_cache_retention: ChatCompletionParamsPromptCacheRetentionType0 | None | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    verbosity: ChatCompletionParamsVerbosityType0 | None | Unset = UNSET
    web_search_options: ChatWebSearchOptions | Unset = UNSET
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
            elif isinstance(messages_item_data, ToolMessage):
                messages_item = messages_item_data.to_dict()
            else:
                messages_item = messages_item_data.to_dict()

            messages.append(messages_item)

        stream = self.stream

        stream_options: dict[str, Any] | None | Unset
        if isinstance(self.stream_options, Unset):
            stream_options = UNSET
        elif isinstance(self.stream_options, ChatStreamOptions):
            stream_options = self.stream_options.to_dict()
        else:
            stream_options = self.stream_options

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, ChatTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ChatCustomTool):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, str):
            tool_choice = self.tool_choice
        elif isinstance(self.tool_choice, NamedToolChoice):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ChatAllowedToolsChoice):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ChatNamedCustomToolChoice):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice.to_dict()

        parallel_tool_calls = self.parallel_tool_calls

        frequency_penalty: float | None | Unset
        if isinstance(self.frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = self.frequency_penalty

        presence_penalty: float | None | Unset
        if isinstance(self.presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = self.presence_penalty

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        max_completion_tokens: int | None | Unset
        if isinstance(self.max_completion_tokens, Unset):
            max_completion_tokens = UNSET
        else:
            max_completion_tokens = self.max_completion_tokens

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        n: int | None | Unset
        if isinstance(self.n, Unset):
            n = UNSET
        else:
            n = self.n

        logprobs: bool | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        else:
            logprobs = self.logprobs

        top_logprobs: int | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        else:
            top_logprobs = self.top_logprobs

        echo = self.echo

        stop: list[str] | None | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        logit_bias: dict[str, Any] | None | Unset
        if isinstance(self.logit_bias, Unset):
            logit_bias = UNSET
        elif isinstance(self.logit_bias, ChatCompletionParamsLogitBias):
            logit_bias = self.logit_bias.to_dict()
        else:
            logit_bias = self.logit_bias

        response_format: dict[str, Any] | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, ResponseFormatText):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatJsonObject):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatJsonSchema):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format.to_dict()

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        user = self.user

        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(self.reasoning_effort, str):
            reasoning_effort = self.reasoning_effort
        else:
            reasoning_effort = self.reasoning_effort

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        elif isinstance(self.service_tier, str):
            service_tier = self.service_tier
        else:
            service_tier = self.service_tier

        store: bool | None | Unset
        if isinstance(self.store, Unset):
            store = UNSET
        else:
            store = self.store

        audio: dict[str, Any] | None | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        elif isinstance(self.audio, ChatAudioParams):
            audio = self.audio.to_dict()
        else:
            audio = self.audio

        function_call: dict[str, Any] | str | Unset
        if isinstance(self.function_call, Unset):
            function_call = UNSET
        elif isinstance(self.function_call, str):
            function_call = self.function_call
        else:
            function_call = self.function_call.to_dict()

        functions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.functions, Unset):
            functions = []
            for functions_item_data in self.functions:
                functions_item = functions_item_data.to_dict()
                functions.append(functions_item)

        modalities: list[str] | None | Unset
        if isinstance(self.modalities, Unset):
            modalities = UNSET
        elif isinstance(self.modalities, list):
            modalities = []
            for modalities_type_0_item_data in self.modalities:
                modalities_type_0_item: str = modalities_type_0_item_data
                modalities.append(modalities_type_0_item)

        else:
            modalities = self.modalities

        moderation: dict[str, Any] | None | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        elif isinstance(self.moderation, ModerationParams):
            moderation = self.moderation.to_dict()
        else:
            moderation = self.moderation

        prediction: dict[str, Any] | None | Unset
        if isinstance(self.prediction, Unset):
            prediction = UNSET
        elif isinstance(self.prediction, ChatPrediction):
            prediction = self.prediction.to_dict()
        else:
            prediction = self.prediction

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        prompt_cache_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_options, Unset):
            prompt_cache_options = self.prompt_cache_options.to_dict()

        prompt_cache_retention: None | str | Unset
        if isinstance(self.prompt_cache_retention, Unset):
            prompt_cache_retention = UNSET
        elif isinstance(self.prompt_cache_retention, str):
            prompt_cache_retention = self.prompt_cache_retention
        else:
            prompt_cache_retention = self.prompt_cache_retention

        safety_identifier: None | str | Unset
        if isinstance(self.safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = self.safety_identifier

        verbosity: None | str | Unset
        if isinstance(self.verbosity, Unset):
            verbosity = UNSET
        elif isinstance(self.verbosity, str):
            verbosity = self.verbosity
        else:
            verbosity = self.verbosity

        web_search_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.web_search_options, Unset):
            web_search_options = self.web_search_options.to_dict()

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
        if audio is not UNSET:
            field_dict["audio"] = audio
        if function_call is not UNSET:
            field_dict["function_call"] = function_call
        if functions is not UNSET:
            field_dict["functions"] = functions
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if prediction is not UNSET:
            field_dict["prediction"] = prediction
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = prompt_cache_retention
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity
        if web_search_options is not UNSET:
            field_dict["web_search_options"] = web_search_options

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
            ) -> AssistantMessage | DeveloperMessage | FunctionMessage | SystemMessage | ToolMessage | UserMessage:
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
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_4 = ToolMessage.from_dict(data)

                    return componentsschemas_chat_message_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_message_type_5 = FunctionMessage.from_dict(data)

                return componentsschemas_chat_message_type_5

            messages_item = _parse_messages_item(messages_item_data)

            messages.append(messages_item)

        stream = d.pop("stream", UNSET)

        stream_options: ChatStreamOptions | None | Unset = d.pop("stream_options", UNSET)
        if isinstance(stream_options, dict):
            try:
                stream_options = ChatStreamOptions.from_dict(stream_options)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ChatStreamOptions: kept as it came

        _tools = d.pop("tools", UNSET)
        tools: list[ChatCustomTool | ChatTool | UnknownChatTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(data: object) -> ChatCustomTool | ChatTool | UnknownChatTool:
                    if isinstance(data, dict):
                        kind = data.get("type")
                        try:
                            if kind == "function":
                                return ChatTool.from_dict(data)
                            if kind == "custom":
                                return ChatCustomTool.from_dict(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

                    if isinstance(data, dict):
                        return UnknownChatTool.from_dict(data)
                    raise TypeError(f"expected one of the forms of tools_item, got {type(data).__name__}")

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        def _parse_tool_choice(
            data: object,
        ) -> (
            ChatAllowedToolsChoice
            | ChatNamedCustomToolChoice
            | ChatToolChoiceType0
            | NamedToolChoice
            | UnknownChatToolChoice
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind == "function":
                        return NamedToolChoice.from_dict(data)
                    if kind == "allowed_tools":
                        return ChatAllowedToolsChoice.from_dict(data)
                    if kind == "custom":
                        return ChatNamedCustomToolChoice.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

            if isinstance(data, dict):
                return UnknownChatToolChoice.from_dict(data)
            return cast(
                "ChatAllowedToolsChoice | ChatNamedCustomToolChoice | ChatToolChoiceType0 | NamedToolChoice | UnknownChatToolChoice | Unset",
                data,
            )

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        frequency_penalty: float | None | Unset = d.pop("frequency_penalty", UNSET)

        presence_penalty: float | None | Unset = d.pop("presence_penalty", UNSET)

        max_tokens: int | None | Unset = d.pop("max_tokens", UNSET)

        max_completion_tokens: int | None | Unset = d.pop("max_completion_tokens", UNSET)

        temperature: float | None | Unset = d.pop("temperature", UNSET)

        top_p: float | None | Unset = d.pop("top_p", UNSET)

        n: int | None | Unset = d.pop("n", UNSET)

        logprobs: bool | None | Unset = d.pop("logprobs", UNSET)

        top_logprobs: int | None | Unset = d.pop("top_logprobs", UNSET)

        echo = d.pop("echo", UNSET)

        _stop = d.pop("stop", UNSET)
        stop: list[str] | None | str | Unset = _stop
        if isinstance(_stop, list):
            try:
                componentsschemas_stop_sequences_type_1 = cast("list[str]", _stop)

                stop = componentsschemas_stop_sequences_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        logit_bias: ChatCompletionParamsLogitBias | None | Unset = d.pop("logit_bias", UNSET)
        if isinstance(logit_bias, dict):
            try:
                logit_bias = ChatCompletionParamsLogitBias.from_dict(logit_bias)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ChatCompletionParamsLogitBias: kept as it came

        def _parse_response_format(
            data: object,
        ) -> (
            ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | UnknownChatResponseFormat | Unset
        ):
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind == "text":
                        return ResponseFormatText.from_dict(data)
                    if kind == "json_object":
                        return ResponseFormatJsonObject.from_dict(data)
                    if kind == "json_schema":
                        return ResponseFormatJsonSchema.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

            if isinstance(data, dict):
                return UnknownChatResponseFormat.from_dict(data)
            raise TypeError(f"expected one of the forms of response_format, got {type(data).__name__}")

        response_format = _parse_response_format(d.pop("response_format", UNSET))

        seed: int | None | Unset = d.pop("seed", UNSET)

        user = d.pop("user", UNSET)

        reasoning_effort: ChatCompletionParamsReasoningEffort | None | Unset = d.pop("reasoning_effort", UNSET)

        service_tier: ChatCompletionParamsServiceTier | None | Unset = d.pop("service_tier", UNSET)

        store: bool | None | Unset = d.pop("store", UNSET)

        audio: ChatAudioParams | None | Unset = d.pop("audio", UNSET)
        if isinstance(audio, dict):
            try:
                audio = ChatAudioParams.from_dict(audio)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ChatAudioParams: kept as it came

        function_call: ChatCompletionParamsFunctionCallType0 | ChatFunctionCallOption | Unset = d.pop(
            "function_call", UNSET
        )
        if isinstance(function_call, dict):
            try:
                function_call = ChatFunctionCallOption.from_dict(function_call)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ChatFunctionCallOption: kept as it came

        _functions = d.pop("functions", UNSET)
        functions: list[FunctionDefinition] | Unset = UNSET
        if _functions is not UNSET:
            functions = []
            for functions_item_data in _functions:
                functions_item = FunctionDefinition.from_dict(functions_item_data)

                functions.append(functions_item)

        _modalities = d.pop("modalities", UNSET)
        modalities: list[ChatCompletionParamsModalitiesType0Item] | None | Unset = _modalities
        if isinstance(_modalities, list):
            try:
                modalities_type_0 = []
                _modalities_type_0 = _modalities
                for modalities_type_0_item_data in _modalities_type_0:
                    modalities_type_0_item = check_chat_completion_params_modalities_type_0_item(
                        modalities_type_0_item_data
                    )

                    modalities_type_0.append(modalities_type_0_item)

                modalities = modalities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        moderation: ModerationParams | None | Unset = d.pop("moderation", UNSET)
        if isinstance(moderation, dict):
            try:
                moderation = ModerationParams.from_dict(moderation)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ModerationParams: kept as it came

        prediction: ChatPrediction | None | Unset = d.pop("prediction", UNSET)
        if isinstance(prediction, dict):
            try:
                prediction = ChatPrediction.from_dict(prediction)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ChatPrediction: kept as it came

        prompt_cache_key: None | str | Unset = d.pop("prompt_cache_key", UNSET)

        _prompt_cache_options = d.pop("prompt_cache_options", UNSET)
        prompt_cache_options: PromptCacheOptions | Unset
        if isinstance(_prompt_cache_options, Unset):
            prompt_cache_options = UNSET
        else:
            prompt_cache_options = PromptCacheOptions.from_dict(_prompt_cache_options)

        prompt_cache_retention: ChatCompletionParamsPromptCacheRetentionType0 | None | Unset = d.pop(
            "prompt_cache_retention", UNSET
        )

        safety_identifier: None | str | Unset = d.pop("safety_identifier", UNSET)

        verbosity: ChatCompletionParamsVerbosityType0 | None | Unset = d.pop("verbosity", UNSET)

        _web_search_options = d.pop("web_search_options", UNSET)
        web_search_options: ChatWebSearchOptions | Unset
        if isinstance(_web_search_options, Unset):
            web_search_options = UNSET
        else:
            web_search_options = ChatWebSearchOptions.from_dict(_web_search_options)

        chat_completion_params = cls(
            model,
            messages,
            stream,
            stream_options,
            tools,
            tool_choice,
            parallel_tool_calls,
            frequency_penalty,
            presence_penalty,
            max_tokens,
            max_completion_tokens,
            temperature,
            top_p,
            n,
            logprobs,
            top_logprobs,
            echo,
            stop,
            logit_bias,
            response_format,
            seed,
            user,
            reasoning_effort,
            service_tier,
            store,
            audio,
            function_call,
            functions,
            modalities,
            moderation,
            prediction,
            prompt_cache_key,
            prompt_cache_options,
            prompt_cache_retention,
            safety_identifier,
            verbosity,
            web_search_options,
        )

        chat_completion_params.additional_properties = d
        return chat_completion_params

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


# Imported once ChatCompletionParams exists, so that models which contain each other load in either order.
from ..models.assistant_message import AssistantMessage
from ..models.chat_allowed_tools_choice import ChatAllowedToolsChoice
from ..models.chat_audio_params import ChatAudioParams
from ..models.chat_completion_params_logit_bias import ChatCompletionParamsLogitBias
from ..models.chat_custom_tool import ChatCustomTool
from ..models.chat_function_call_option import ChatFunctionCallOption
from ..models.chat_named_custom_tool_choice import ChatNamedCustomToolChoice
from ..models.chat_prediction import ChatPrediction
from ..models.chat_stream_options import ChatStreamOptions
from ..models.chat_tool import ChatTool
from ..models.chat_web_search_options import ChatWebSearchOptions
from ..models.developer_message import DeveloperMessage
from ..models.function_definition import FunctionDefinition
from ..models.function_message import FunctionMessage
from ..models.moderation_params import ModerationParams
from ..models.named_tool_choice import NamedToolChoice
from ..models.prompt_cache_options import PromptCacheOptions
from ..models.response_format_json_object import ResponseFormatJsonObject
from ..models.response_format_json_schema import ResponseFormatJsonSchema
from ..models.response_format_text import ResponseFormatText
from ..models.system_message import SystemMessage
from ..models.tool_message import ToolMessage
from ..models.unknown_chat_response_format import UnknownChatResponseFormat
from ..models.unknown_chat_tool import UnknownChatTool
from ..models.unknown_chat_tool_choice import UnknownChatToolChoice
from ..models.user_message import UserMessage
