from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_params_include_item import ResponseParamsIncludeItem, check_response_params_include_item
from ..models.response_params_prompt_cache_retention_type_0 import (
    ResponseParamsPromptCacheRetentionType0,
)
from ..models.response_params_service_tier import ResponseParamsServiceTier
from ..models.response_params_truncation import ResponseParamsTruncation
from ..models.response_tool_choice_type_0 import ResponseToolChoiceType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseParams")


@_attrs_define
class ResponseParams:
    """The OpenAI Responses parameters the gateway accepts and passes through.

    Attributes:
        model (str): Model to use.
        input_ (list[AdditionalTools | ApplyPatchCall | ApplyPatchCallOutput | CodeInterpreterCall | CompactionItem |
            CompactionTrigger | ComputerCall | ComputerCallOutput | ConfigurationUpdate | CustomToolCall |
            CustomToolCallOutput | FileSearchCall | FunctionCallInput | FunctionCallOutputInput | ImageGenerationCall |
            InputMessage | ItemReference | LocalShellCall | LocalShellCallOutput | McpApprovalRequest | McpApprovalResponse
            | McpCall | McpListTools | Program | ProgramOutput | ReasoningInput | ShellCall | ShellCallOutput |
            ToolSearchCall | ToolSearchOutput | UnknownInputItem | WebSearchCall] | str): Input text, or an array of
            conversation items (messages, function calls and their outputs).
        instructions (None | str | Unset): System instructions for the model.
        stream (bool | Unset): Stream the response as server-sent events.
        stream_options (None | ResponseParamsStreamOptions | Unset): Options for streaming; only with `stream` true.
        temperature (float | None | Unset): Sampling temperature (0-2).
        top_p (float | None | Unset): Nucleus sampling parameter.
        max_output_tokens (int | None | Unset): Maximum tokens to generate; the response is `incomplete` when reached.
        top_logprobs (int | None | Unset): Number of most likely alternatives returned per output token.
        tools (list[ApplyPatchTool | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomTool |
            FileSearchTool | FunctionTool | ImageGenerationTool | LocalShellTool | McpTool | NamespaceTool |
            ProgrammaticToolCallingTool | ShellTool | ToolSearchTool | UnknownResponseTool | WebSearchPreviewTool |
            WebSearchTool] | Unset): Tools the model may call.
        tool_choice (AllowedToolsChoice | ApplyPatchToolChoice | CustomToolChoice | FunctionToolChoice |
            HostedToolChoice | McpToolChoice | ProgrammaticToolCallingChoice | ResponseToolChoiceType0 | ShellToolChoice |
            UnknownResponseToolChoice | Unset): `none`, `auto`, `required`, or an object naming the function to call.
        parallel_tool_calls (bool | None | Unset): Allow several tool calls in one response.
        max_tool_calls (int | None | Unset): Maximum number of tool calls in one response.
        previous_response_id (None | str | Unset): ID of a previous response, to continue a multi-turn conversation.
            Unknown IDs get 404.
        text (ResponseTextConfig | Unset): Text output configuration.
        reasoning (None | ReasoningConfig | Unset):
        include (list[ResponseParamsIncludeItem] | None | Unset): Additional output data to include.
        store (bool | None | Unset): Store the response so that `previous_response_id` can refer to it.
        truncation (None | ResponseParamsTruncation | Unset): `auto` drops earlier conversation items that do not fit
            the context window; `disabled` fails instead.
        user (str | Unset): A stable identifier for your end user (prefer `customer_identifier`).
        service_tier (None | ResponseParamsServiceTier | Unset): Provider processing tier.
        access_programs (AccessPrograms | Unset): Domain-specific access programs to use for this request.
        background (bool | None | Unset): Whether to run the model response in the background. [Learn
            more](https://developers.openai.com/api/docs/guides/background).
        background_options (BackgroundOptions | Unset): Options for background execution on HTTP requests.

            The `2h` and `8h` completion windows require `background: true`, Standard processing, and `stream: false` or
            omitted.
        context_management (list[ContextManagement] | None | Unset): Context management configuration for this request.
        conversation (ConversationReference | None | str | Unset): The conversation that this response belongs to.

            Items from this conversation are prepended to `input_items` for this response request. Input items and output
            items from this response are automatically added to this conversation after this response completes.
        image (ImageOptions | Unset): Request level image options.
        moderation (ModerationParams | None | Unset): Configuration for running moderation on the input and output of
            this response.
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
        prompt_cache_retention (None | ResponseParamsPromptCacheRetentionType0 | Unset): Deprecated. Use
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
    """

    model: str
    input_: (
        list[
            AdditionalTools
            | ApplyPatchCall
            | ApplyPatchCallOutput
            | CodeInterpreterCall
            | CompactionItem
            | CompactionTrigger
            | ComputerCall
            | ComputerCallOutput
            | ConfigurationUpdate
            | CustomToolCall
            | CustomToolCallOutput
            | FileSearchCall
            | FunctionCallInput
            | FunctionCallOutputInput
            | ImageGenerationCall
            | InputMessage
            | ItemReference
            | LocalShellCall
            | LocalShellCallOutput
            | McpApprovalRequest
            | McpApprovalResponse
            | McpCall
            | McpListTools
            | Program
            | ProgramOutput
            | ReasoningInput
            | ShellCall
            | ShellCallOutput
            | ToolSearchCall
            | ToolSearchOutput
            | UnknownInputItem
            | WebSearchCall
        ]
        | str
    )
    instructions: None | str | Unset = UNSET
    stream: bool | Unset = UNSET
    stream_options: None | ResponseParamsStreamOptions | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    tools: (
        list[
            ApplyPatchTool
            | CodeInterpreterTool
            | ComputerTool
            | ComputerUsePreviewTool
            | CustomTool
            | FileSearchTool
            | FunctionTool
            | ImageGenerationTool
            | LocalShellTool
            | McpTool
            | NamespaceTool
            | ProgrammaticToolCallingTool
            | ShellTool
            | ToolSearchTool
            | UnknownResponseTool
            | WebSearchPreviewTool
            | WebSearchTool
        ]
        | Unset
    ) = UNSET
    tool_choice: (
        AllowedToolsChoice
        | ApplyPatchToolChoice
        | CustomToolChoice
        | FunctionToolChoice
        | HostedToolChoice
        | McpToolChoice
        | ProgrammaticToolCallingChoice
        | ResponseToolChoiceType0
        | ShellToolChoice
        | UnknownResponseToolChoice
        | Unset
    ) = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    previous_response_id: None | str | Unset = UNSET
    text: ResponseTextConfig | Unset = UNSET
    reasoning: None | ReasoningConfig | Unset = UNSET
    include: list[ResponseParamsIncludeItem] | None | Unset = UNSET
    store: bool | None | Unset = UNSET
    truncation: None | ResponseParamsTruncation | Unset = UNSET
    user: str | Unset = UNSET
    service_tier: None | ResponseParamsServiceTier | Unset = UNSET
    access_programs: AccessPrograms | Unset = UNSET
    background: bool | None | Unset = UNSET
    background_options: BackgroundOptions | Unset = UNSET
    context_management: list[ContextManagement] | None | Unset = UNSET
    conversation: ConversationReference | None | str | Unset = UNSET
    image: ImageOptions | Unset = UNSET
    moderation: ModerationParams | None | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_options: PromptCacheOptions | Unset = UNSET
    prompt_cache_retention: None | ResponseParamsPromptCacheRetentionType0 | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        input_: list[dict[str, Any]] | str
        if isinstance(self.input_, list):
            input_ = []
            for input_type_1_item_data in self.input_:
                input_type_1_item: dict[str, Any]
                if isinstance(input_type_1_item_data, InputMessage):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, FunctionCallInput):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, FunctionCallOutputInput):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ReasoningInput):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ItemReference):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, FileSearchCall):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ComputerCall):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ComputerCallOutput):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, WebSearchCall):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ToolSearchCall):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ToolSearchOutput):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, AdditionalTools):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ConfigurationUpdate):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, CompactionItem):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ImageGenerationCall):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, CodeInterpreterCall):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, LocalShellCall):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, LocalShellCallOutput):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ShellCall):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ShellCallOutput):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ApplyPatchCall):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ApplyPatchCallOutput):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, McpListTools):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, McpApprovalRequest):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, McpApprovalResponse):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, McpCall):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, CustomToolCallOutput):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, CustomToolCall):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, CompactionTrigger):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, Program):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ProgramOutput):
                    input_type_1_item = input_type_1_item_data.to_dict()
                else:
                    input_type_1_item = input_type_1_item_data.to_dict()

                input_.append(input_type_1_item)

        else:
            input_ = self.input_

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        stream = self.stream

        stream_options: dict[str, Any] | None | Unset
        if isinstance(self.stream_options, Unset):
            stream_options = UNSET
        elif isinstance(self.stream_options, ResponseParamsStreamOptions):
            stream_options = self.stream_options.to_dict()
        else:
            stream_options = self.stream_options

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

        max_output_tokens: int | None | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        top_logprobs: int | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        else:
            top_logprobs = self.top_logprobs

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, FunctionTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, FileSearchTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ComputerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ComputerUsePreviewTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, WebSearchTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, McpTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, CodeInterpreterTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ProgrammaticToolCallingTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ImageGenerationTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, LocalShellTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ShellTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, CustomTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, NamespaceTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ToolSearchTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, WebSearchPreviewTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ApplyPatchTool):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, str):
            tool_choice = self.tool_choice
        elif isinstance(self.tool_choice, FunctionToolChoice):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, AllowedToolsChoice):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, HostedToolChoice):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, McpToolChoice):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, CustomToolChoice):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ProgrammaticToolCallingChoice):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ApplyPatchToolChoice):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ShellToolChoice):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice.to_dict()

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

        max_tool_calls: int | None | Unset
        if isinstance(self.max_tool_calls, Unset):
            max_tool_calls = UNSET
        else:
            max_tool_calls = self.max_tool_calls

        previous_response_id: None | str | Unset
        if isinstance(self.previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = self.previous_response_id

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, ReasoningConfig):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        include: list[str] | None | Unset
        if isinstance(self.include, Unset):
            include = UNSET
        elif isinstance(self.include, list):
            include = []
            for include_type_0_item_data in self.include:
                include_type_0_item: str = include_type_0_item_data
                include.append(include_type_0_item)

        else:
            include = self.include

        store: bool | None | Unset
        if isinstance(self.store, Unset):
            store = UNSET
        else:
            store = self.store

        truncation: None | str | Unset
        if isinstance(self.truncation, Unset):
            truncation = UNSET
        elif isinstance(self.truncation, str):
            truncation = self.truncation
        else:
            truncation = self.truncation

        user = self.user

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        elif isinstance(self.service_tier, str):
            service_tier = self.service_tier
        else:
            service_tier = self.service_tier

        access_programs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access_programs, Unset):
            access_programs = self.access_programs.to_dict()

        background: bool | None | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        else:
            background = self.background

        background_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.background_options, Unset):
            background_options = self.background_options.to_dict()

        context_management: list[dict[str, Any]] | None | Unset
        if isinstance(self.context_management, Unset):
            context_management = UNSET
        elif isinstance(self.context_management, list):
            context_management = []
            for context_management_type_0_item_data in self.context_management:
                context_management_type_0_item = context_management_type_0_item_data.to_dict()
                context_management.append(context_management_type_0_item)

        else:
            context_management = self.context_management

        conversation: dict[str, Any] | None | str | Unset
        if isinstance(self.conversation, Unset):
            conversation = UNSET
        elif isinstance(self.conversation, ConversationReference):
            conversation = self.conversation.to_dict()
        else:
            conversation = self.conversation

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        moderation: dict[str, Any] | None | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        elif isinstance(self.moderation, ModerationParams):
            moderation = self.moderation.to_dict()
        else:
            moderation = self.moderation

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "input": input_,
            }
        )
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if text is not UNSET:
            field_dict["text"] = text
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if include is not UNSET:
            field_dict["include"] = include
        if store is not UNSET:
            field_dict["store"] = store
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if user is not UNSET:
            field_dict["user"] = user
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if access_programs is not UNSET:
            field_dict["access_programs"] = access_programs
        if background is not UNSET:
            field_dict["background"] = background
        if background_options is not UNSET:
            field_dict["background_options"] = background_options
        if context_management is not UNSET:
            field_dict["context_management"] = context_management
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if image is not UNSET:
            field_dict["image"] = image
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = prompt_cache_retention
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        _input_ = d.pop("input")
        input_: (
            list[
                AdditionalTools
                | ApplyPatchCall
                | ApplyPatchCallOutput
                | CodeInterpreterCall
                | CompactionItem
                | CompactionTrigger
                | ComputerCall
                | ComputerCallOutput
                | ConfigurationUpdate
                | CustomToolCall
                | CustomToolCallOutput
                | FileSearchCall
                | FunctionCallInput
                | FunctionCallOutputInput
                | ImageGenerationCall
                | InputMessage
                | ItemReference
                | LocalShellCall
                | LocalShellCallOutput
                | McpApprovalRequest
                | McpApprovalResponse
                | McpCall
                | McpListTools
                | Program
                | ProgramOutput
                | ReasoningInput
                | ShellCall
                | ShellCallOutput
                | ToolSearchCall
                | ToolSearchOutput
                | UnknownInputItem
                | WebSearchCall
            ]
            | str
        ) = _input_
        if isinstance(_input_, list):
            try:
                input_type_1 = []
                _input_type_1 = _input_
                for input_type_1_item_data in _input_type_1:

                    def _parse_input_type_1_item(
                        data: object,
                    ) -> (
                        AdditionalTools
                        | ApplyPatchCall
                        | ApplyPatchCallOutput
                        | CodeInterpreterCall
                        | CompactionItem
                        | CompactionTrigger
                        | ComputerCall
                        | ComputerCallOutput
                        | ConfigurationUpdate
                        | CustomToolCall
                        | CustomToolCallOutput
                        | FileSearchCall
                        | FunctionCallInput
                        | FunctionCallOutputInput
                        | ImageGenerationCall
                        | InputMessage
                        | ItemReference
                        | LocalShellCall
                        | LocalShellCallOutput
                        | McpApprovalRequest
                        | McpApprovalResponse
                        | McpCall
                        | McpListTools
                        | Program
                        | ProgramOutput
                        | ReasoningInput
                        | ShellCall
                        | ShellCallOutput
                        | ToolSearchCall
                        | ToolSearchOutput
                        | UnknownInputItem
                        | WebSearchCall
                    ):
                        if isinstance(data, dict):
                            kind = data.get("type")
                            try:
                                if kind == "function_call":
                                    return FunctionCallInput.from_dict(data)
                                if kind == "function_call_output":
                                    return FunctionCallOutputInput.from_dict(data)
                                if kind == "reasoning":
                                    return ReasoningInput.from_dict(data)
                                if kind == "item_reference":
                                    return ItemReference.from_dict(data)
                                if kind == "file_search_call":
                                    return FileSearchCall.from_dict(data)
                                if kind == "computer_call":
                                    return ComputerCall.from_dict(data)
                                if kind == "computer_call_output":
                                    return ComputerCallOutput.from_dict(data)
                                if kind == "web_search_call":
                                    return WebSearchCall.from_dict(data)
                                if kind == "tool_search_call":
                                    return ToolSearchCall.from_dict(data)
                                if kind == "tool_search_output":
                                    return ToolSearchOutput.from_dict(data)
                                if kind == "additional_tools":
                                    return AdditionalTools.from_dict(data)
                                if kind == "configuration_update":
                                    return ConfigurationUpdate.from_dict(data)
                                if kind == "compaction":
                                    return CompactionItem.from_dict(data)
                                if kind == "image_generation_call":
                                    return ImageGenerationCall.from_dict(data)
                                if kind == "code_interpreter_call":
                                    return CodeInterpreterCall.from_dict(data)
                                if kind == "local_shell_call":
                                    return LocalShellCall.from_dict(data)
                                if kind == "local_shell_call_output":
                                    return LocalShellCallOutput.from_dict(data)
                                if kind == "shell_call":
                                    return ShellCall.from_dict(data)
                                if kind == "shell_call_output":
                                    return ShellCallOutput.from_dict(data)
                                if kind == "apply_patch_call":
                                    return ApplyPatchCall.from_dict(data)
                                if kind == "apply_patch_call_output":
                                    return ApplyPatchCallOutput.from_dict(data)
                                if kind == "mcp_list_tools":
                                    return McpListTools.from_dict(data)
                                if kind == "mcp_approval_request":
                                    return McpApprovalRequest.from_dict(data)
                                if kind == "mcp_approval_response":
                                    return McpApprovalResponse.from_dict(data)
                                if kind == "mcp_call":
                                    return McpCall.from_dict(data)
                                if kind == "custom_tool_call_output":
                                    return CustomToolCallOutput.from_dict(data)
                                if kind == "custom_tool_call":
                                    return CustomToolCall.from_dict(data)
                                if kind == "compaction_trigger":
                                    return CompactionTrigger.from_dict(data)
                                if kind == "program":
                                    return Program.from_dict(data)
                                if kind == "program_output":
                                    return ProgramOutput.from_dict(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_input_item_type_0 = InputMessage.from_dict(data)

                            return componentsschemas_input_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass

                        if isinstance(data, dict):
                            return UnknownInputItem.from_dict(data)
                        raise TypeError(f"expected one of the forms of input_type_1_item, got {type(data).__name__}")

                    input_type_1_item = _parse_input_type_1_item(input_type_1_item_data)

                    input_type_1.append(input_type_1_item)

                input_ = input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        instructions: None | str | Unset = d.pop("instructions", UNSET)

        stream = d.pop("stream", UNSET)

        stream_options: None | ResponseParamsStreamOptions | Unset = d.pop("stream_options", UNSET)
        if isinstance(stream_options, dict):
            try:
                stream_options = ResponseParamsStreamOptions.from_dict(stream_options)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ResponseParamsStreamOptions: kept as it came

        temperature: float | None | Unset = d.pop("temperature", UNSET)

        top_p: float | None | Unset = d.pop("top_p", UNSET)

        max_output_tokens: int | None | Unset = d.pop("max_output_tokens", UNSET)

        top_logprobs: int | None | Unset = d.pop("top_logprobs", UNSET)

        _tools = d.pop("tools", UNSET)
        tools: (
            list[
                ApplyPatchTool
                | CodeInterpreterTool
                | ComputerTool
                | ComputerUsePreviewTool
                | CustomTool
                | FileSearchTool
                | FunctionTool
                | ImageGenerationTool
                | LocalShellTool
                | McpTool
                | NamespaceTool
                | ProgrammaticToolCallingTool
                | ShellTool
                | ToolSearchTool
                | UnknownResponseTool
                | WebSearchPreviewTool
                | WebSearchTool
            ]
            | Unset
        ) = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(
                    data: object,
                ) -> (
                    ApplyPatchTool
                    | CodeInterpreterTool
                    | ComputerTool
                    | ComputerUsePreviewTool
                    | CustomTool
                    | FileSearchTool
                    | FunctionTool
                    | ImageGenerationTool
                    | LocalShellTool
                    | McpTool
                    | NamespaceTool
                    | ProgrammaticToolCallingTool
                    | ShellTool
                    | ToolSearchTool
                    | UnknownResponseTool
                    | WebSearchPreviewTool
                    | WebSearchTool
                ):
                    if isinstance(data, dict):
                        kind = data.get("type")
                        try:
                            if kind == "function":
                                return FunctionTool.from_dict(data)
                            if kind == "file_search":
                                return FileSearchTool.from_dict(data)
                            if kind == "computer":
                                return ComputerTool.from_dict(data)
                            if kind == "computer_use_preview":
                                return ComputerUsePreviewTool.from_dict(data)
                            if kind in (
                                "web_search",
                                "web_search_2025_08_26",
                            ):
                                return WebSearchTool.from_dict(data)
                            if kind == "mcp":
                                return McpTool.from_dict(data)
                            if kind == "code_interpreter":
                                return CodeInterpreterTool.from_dict(data)
                            if kind == "programmatic_tool_calling":
                                return ProgrammaticToolCallingTool.from_dict(data)
                            if kind == "image_generation":
                                return ImageGenerationTool.from_dict(data)
                            if kind == "local_shell":
                                return LocalShellTool.from_dict(data)
                            if kind == "shell":
                                return ShellTool.from_dict(data)
                            if kind == "custom":
                                return CustomTool.from_dict(data)
                            if kind == "namespace":
                                return NamespaceTool.from_dict(data)
                            if kind == "tool_search":
                                return ToolSearchTool.from_dict(data)
                            if kind in (
                                "web_search_preview",
                                "web_search_preview_2025_03_11",
                            ):
                                return WebSearchPreviewTool.from_dict(data)
                            if kind == "apply_patch":
                                return ApplyPatchTool.from_dict(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

                    if isinstance(data, dict):
                        return UnknownResponseTool.from_dict(data)
                    raise TypeError(f"expected one of the forms of tools_item, got {type(data).__name__}")

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        def _parse_tool_choice(
            data: object,
        ) -> (
            AllowedToolsChoice
            | ApplyPatchToolChoice
            | CustomToolChoice
            | FunctionToolChoice
            | HostedToolChoice
            | McpToolChoice
            | ProgrammaticToolCallingChoice
            | ResponseToolChoiceType0
            | ShellToolChoice
            | UnknownResponseToolChoice
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind == "function":
                        return FunctionToolChoice.from_dict(data)
                    if kind == "allowed_tools":
                        return AllowedToolsChoice.from_dict(data)
                    if kind in (
                        "code_interpreter",
                        "computer",
                        "computer_use",
                        "computer_use_preview",
                        "file_search",
                        "image_generation",
                        "web_search_preview",
                        "web_search_preview_2025_03_11",
                    ):
                        return HostedToolChoice.from_dict(data)
                    if kind == "mcp":
                        return McpToolChoice.from_dict(data)
                    if kind == "custom":
                        return CustomToolChoice.from_dict(data)
                    if kind == "programmatic_tool_calling":
                        return ProgrammaticToolCallingChoice.from_dict(data)
                    if kind == "apply_patch":
                        return ApplyPatchToolChoice.from_dict(data)
                    if kind == "shell":
                        return ShellToolChoice.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

            if isinstance(data, dict):
                return UnknownResponseToolChoice.from_dict(data)
            return cast(
                "AllowedToolsChoice | ApplyPatchToolChoice | CustomToolChoice | FunctionToolChoice | HostedToolChoice | McpToolChoice | ProgrammaticToolCallingChoice | ResponseToolChoiceType0 | ShellToolChoice | UnknownResponseToolChoice | Unset",
                data,
            )

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        parallel_tool_calls: bool | None | Unset = d.pop("parallel_tool_calls", UNSET)

        max_tool_calls: int | None | Unset = d.pop("max_tool_calls", UNSET)

        previous_response_id: None | str | Unset = d.pop("previous_response_id", UNSET)

        _text = d.pop("text", UNSET)
        text: ResponseTextConfig | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = ResponseTextConfig.from_dict(_text)

        reasoning: None | ReasoningConfig | Unset = d.pop("reasoning", UNSET)
        if isinstance(reasoning, dict):
            try:
                reasoning = ReasoningConfig.from_dict(reasoning)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ReasoningConfig: kept as it came

        _include = d.pop("include", UNSET)
        include: list[ResponseParamsIncludeItem] | None | Unset = _include
        if isinstance(_include, list):
            try:
                include_type_0 = []
                _include_type_0 = _include
                for include_type_0_item_data in _include_type_0:
                    include_type_0_item = check_response_params_include_item(include_type_0_item_data)

                    include_type_0.append(include_type_0_item)

                include = include_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        store: bool | None | Unset = d.pop("store", UNSET)

        truncation: None | ResponseParamsTruncation | Unset = d.pop("truncation", UNSET)

        user = d.pop("user", UNSET)

        service_tier: None | ResponseParamsServiceTier | Unset = d.pop("service_tier", UNSET)

        _access_programs = d.pop("access_programs", UNSET)
        access_programs: AccessPrograms | Unset
        if isinstance(_access_programs, Unset):
            access_programs = UNSET
        else:
            access_programs = AccessPrograms.from_dict(_access_programs)

        background: bool | None | Unset = d.pop("background", UNSET)

        _background_options = d.pop("background_options", UNSET)
        background_options: BackgroundOptions | Unset
        if isinstance(_background_options, Unset):
            background_options = UNSET
        else:
            background_options = BackgroundOptions.from_dict(_background_options)

        _context_management = d.pop("context_management", UNSET)
        context_management: list[ContextManagement] | None | Unset = _context_management
        if isinstance(_context_management, list):
            try:
                context_management_type_0 = []
                _context_management_type_0 = _context_management
                for context_management_type_0_item_data in _context_management_type_0:
                    context_management_type_0_item = ContextManagement.from_dict(context_management_type_0_item_data)

                    context_management_type_0.append(context_management_type_0_item)

                context_management = context_management_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        conversation: ConversationReference | None | str | Unset = d.pop("conversation", UNSET)
        if isinstance(conversation, dict):
            try:
                conversation = ConversationReference.from_dict(conversation)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ConversationReference: kept as it came

        _image = d.pop("image", UNSET)
        image: ImageOptions | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = ImageOptions.from_dict(_image)

        moderation: ModerationParams | None | Unset = d.pop("moderation", UNSET)
        if isinstance(moderation, dict):
            try:
                moderation = ModerationParams.from_dict(moderation)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ModerationParams: kept as it came

        prompt_cache_key: None | str | Unset = d.pop("prompt_cache_key", UNSET)

        _prompt_cache_options = d.pop("prompt_cache_options", UNSET)
        prompt_cache_options: PromptCacheOptions | Unset
        if isinstance(_prompt_cache_options, Unset):
            prompt_cache_options = UNSET
        else:
            prompt_cache_options = PromptCacheOptions.from_dict(_prompt_cache_options)

        prompt_cache_retention: None | ResponseParamsPromptCacheRetentionType0 | Unset = d.pop(
            "prompt_cache_retention", UNSET
        )

        safety_identifier: None | str | Unset = d.pop("safety_identifier", UNSET)

        response_params = cls(
            model,
            input_,
            instructions,
            stream,
            stream_options,
            temperature,
            top_p,
            max_output_tokens,
            top_logprobs,
            tools,
            tool_choice,
            parallel_tool_calls,
            max_tool_calls,
            previous_response_id,
            text,
            reasoning,
            include,
            store,
            truncation,
            user,
            service_tier,
            access_programs,
            background,
            background_options,
            context_management,
            conversation,
            image,
            moderation,
            prompt_cache_key,
            prompt_cache_options,
            prompt_cache_retention,
            safety_identifier,
        )

        response_params.additional_properties = d
        return response_params

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


# Imported once ResponseParams exists, so that models which contain each other load in either order.
from ..models.access_programs import AccessPrograms
from ..models.additional_tools import AdditionalTools
from ..models.allowed_tools_choice import AllowedToolsChoice
from ..models.apply_patch_call import ApplyPatchCall
from ..models.apply_patch_call_output import ApplyPatchCallOutput
from ..models.apply_patch_tool import ApplyPatchTool
from ..models.apply_patch_tool_choice import ApplyPatchToolChoice
from ..models.background_options import BackgroundOptions
from ..models.code_interpreter_call import CodeInterpreterCall
from ..models.code_interpreter_tool import CodeInterpreterTool
from ..models.compaction_item import CompactionItem
from ..models.compaction_trigger import CompactionTrigger
from ..models.computer_call import ComputerCall
from ..models.computer_call_output import ComputerCallOutput
from ..models.computer_tool import ComputerTool
from ..models.computer_use_preview_tool import ComputerUsePreviewTool
from ..models.configuration_update import ConfigurationUpdate
from ..models.context_management import ContextManagement
from ..models.conversation_reference import ConversationReference
from ..models.custom_tool import CustomTool
from ..models.custom_tool_call import CustomToolCall
from ..models.custom_tool_call_output import CustomToolCallOutput
from ..models.custom_tool_choice import CustomToolChoice
from ..models.file_search_call import FileSearchCall
from ..models.file_search_tool import FileSearchTool
from ..models.function_call_input import FunctionCallInput
from ..models.function_call_output_input import FunctionCallOutputInput
from ..models.function_tool import FunctionTool
from ..models.function_tool_choice import FunctionToolChoice
from ..models.hosted_tool_choice import HostedToolChoice
from ..models.image_generation_call import ImageGenerationCall
from ..models.image_generation_tool import ImageGenerationTool
from ..models.image_options import ImageOptions
from ..models.input_message import InputMessage
from ..models.item_reference import ItemReference
from ..models.local_shell_call import LocalShellCall
from ..models.local_shell_call_output import LocalShellCallOutput
from ..models.local_shell_tool import LocalShellTool
from ..models.mcp_approval_request import McpApprovalRequest
from ..models.mcp_approval_response import McpApprovalResponse
from ..models.mcp_call import McpCall
from ..models.mcp_list_tools import McpListTools
from ..models.mcp_tool import McpTool
from ..models.mcp_tool_choice import McpToolChoice
from ..models.moderation_params import ModerationParams
from ..models.namespace_tool import NamespaceTool
from ..models.program import Program
from ..models.program_output import ProgramOutput
from ..models.programmatic_tool_calling_choice import ProgrammaticToolCallingChoice
from ..models.programmatic_tool_calling_tool import ProgrammaticToolCallingTool
from ..models.prompt_cache_options import PromptCacheOptions
from ..models.reasoning_config import ReasoningConfig
from ..models.reasoning_input import ReasoningInput
from ..models.response_params_stream_options import ResponseParamsStreamOptions
from ..models.response_text_config import ResponseTextConfig
from ..models.shell_call import ShellCall
from ..models.shell_call_output import ShellCallOutput
from ..models.shell_tool import ShellTool
from ..models.shell_tool_choice import ShellToolChoice
from ..models.tool_search_call import ToolSearchCall
from ..models.tool_search_output import ToolSearchOutput
from ..models.tool_search_tool import ToolSearchTool
from ..models.unknown_input_item import UnknownInputItem
from ..models.unknown_response_tool import UnknownResponseTool
from ..models.unknown_response_tool_choice import UnknownResponseToolChoice
from ..models.web_search_call import WebSearchCall
from ..models.web_search_preview_tool import WebSearchPreviewTool
from ..models.web_search_tool import WebSearchTool
