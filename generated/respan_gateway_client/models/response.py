from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_prompt_cache_retention_type_0 import (
    ResponsePromptCacheRetentionType0,
)
from ..models.response_service_tier_type_0 import ResponseServiceTierType0
from ..models.response_status import ResponseStatus
from ..models.response_tool_choice_type_0 import ResponseToolChoiceType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="Response")


@_attrs_define
class Response:
    """An OpenAI-compatible Response.

    Attributes:
        id (str):
        created_at (float): Unix time in seconds (OpenAI sends an integer).
        model (str): The model that served the request, after fallbacks and load balancing.
        output (list[AdditionalTools | ApplyPatchCall | ApplyPatchCallOutput | CodeInterpreterCall | CompactionItem |
            ComputerCall | ComputerCallOutput | CustomToolCall | CustomToolCallOutput | FileSearchCall | FunctionCallItem |
            FunctionCallOutputItem | ImageGenerationCall | LocalShellCall | LocalShellCallOutput | McpApprovalRequest |
            McpApprovalResponse | McpCall | McpListTools | OutputMessage | Program | ProgramOutput | ReasoningItem |
            ShellCall | ShellCallOutput | ToolSearchCall | ToolSearchOutput | UnknownOutputItem | WebSearchCall]):
        object_ (Literal['response'] | None | Unset):
        status (None | ResponseStatus | Unset):
        error (None | ResponseError | Unset):
        incomplete_details (IncompleteDetails | None | Unset):
        instructions (list[AdditionalTools | ApplyPatchCall | ApplyPatchCallOutput | CodeInterpreterCall |
            CompactionItem | CompactionTrigger | ComputerCall | ComputerCallOutput | ConfigurationUpdate | CustomToolCall |
            CustomToolCallOutput | FileSearchCall | FunctionCallInput | FunctionCallOutputInput | ImageGenerationCall |
            InputMessage | ItemReference | LocalShellCall | LocalShellCallOutput | McpApprovalRequest | McpApprovalResponse
            | McpCall | McpListTools | Program | ProgramOutput | ReasoningInput | ShellCall | ShellCallOutput |
            ToolSearchCall | ToolSearchOutput | UnknownInputItem | WebSearchCall] | None | str | Unset): The request's
            instructions, as text or as input items (a stored prompt's messages).
        max_output_tokens (int | None | Unset):
        parallel_tool_calls (bool | None | Unset):
        previous_response_id (None | str | Unset):
        temperature (float | None | Unset):
        top_p (float | None | Unset):
        tool_choice (AllowedToolsChoice | ApplyPatchToolChoice | CustomToolChoice | FunctionToolChoice |
            HostedToolChoice | McpToolChoice | None | ProgrammaticToolCallingChoice | ResponseToolChoiceType0 |
            ShellToolChoice | UnknownResponseToolChoice | Unset):
        tools (list[ApplyPatchTool | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomTool |
            FileSearchTool | FunctionTool | ImageGenerationTool | LocalShellTool | McpTool | NamespaceTool |
            ProgrammaticToolCallingTool | ShellTool | ToolSearchTool | UnknownResponseTool | WebSearchPreviewTool |
            WebSearchTool] | None | Unset):
        text (None | ResponseTextConfig | Unset):
        reasoning (None | ReasoningConfig | Unset):
        truncation (None | str | Unset):
        store (bool | None | Unset):
        user (None | str | Unset):
        metadata (None | ResponseMetadata | Unset):
        usage (None | ResponseUsage | Unset):
        request_breakdown (None | RequestBreakdown | Unset):
        access_programs (AccessPrograms | None | Unset):
        background (bool | None | Unset): Whether to run the model response in the background. [Learn
            more](https://developers.openai.com/api/docs/guides/background).
        completed_at (float | None | Unset): Unix timestamp (in seconds) of when this Response was completed. Only
            present when the status is `completed`.
        conversation (ConversationReference | None | Unset): The conversation that this response belonged to.

            Input items and output items from this response were automatically added to this conversation.
        image (ImageOptions | None | Unset):
        input_transformations (list[InputTransformation] | None | Unset): Reasoning inputs withheld from the model, in
            input order.
        max_tool_calls (int | None | Unset): The maximum number of total calls to built-in tools that can be processed
            in a response. This maximum number
            applies across all built-in tool calls, not per individual tool. Any further attempts to call a tool by the
            model will be ignored.
        moderation (Moderation | None | Unset): Moderation results for the response input and output, if moderated
            completions were requested.
        prompt (None | ResponsePrompt | Unset): Reference to a prompt template and its variables. [Learn
            more](https://developers.openai.com/api/docs/guides/text?api-mode=responses#version-prompts-in-code).
        prompt_cache_diagnostics (None | PromptCacheDiagnosticsCacheHit | PromptCacheDiagnosticsCacheMiss |
            PromptCacheDiagnosticsComparisonResponseNotFound | PromptCacheDiagnosticsUnavailable | Unset): Prompt cache
            diagnostics requested for this response.
        prompt_cache_key (None | str | Unset): Used by OpenAI to cache responses for similar requests to optimize your
            cache hit rates. Replaces the `user`
            field. [Learn more](https://developers.openai.com/api/docs/guides/prompt-caching).
        prompt_cache_options (None | PromptCacheOptions | Unset): The prompt-caching options that were applied to the
            response.

            Supported for `gpt-5.6` and later models.
        prompt_cache_retention (None | ResponsePromptCacheRetentionType0 | Unset): Deprecated. Use
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
        service_tier (None | ResponseServiceTierType0 | Unset): Specifies the processing type used for serving the
            request.

            - If set to 'auto', then the request will be processed with the service tier
              configured in the Project settings. Unless otherwise configured, the Project
              will use 'default'.
            - If set to 'default', then the request will be processed with the standard
              pricing and performance for the selected model.
            - If set to
              '[flex](https://developers.openai.com/api/docs/guides/flex-processing)', then
              the request will be processed with the Flex Processing service tier.
            - To opt-in to
              [Fast mode](https://developers.openai.com/api/docs/guides/fast-mode) at the
              request level, include the `service_tier=fast` or `service_tier=priority`
              parameter for Responses or Chat Completions. The response will show
              `service_tier=priority` regardless of if you specify `service_tier=fast` or
              `priority` in your request.
            - If set to 'ultrafast', then the request will be processed with the
              access-controlled Ultrafast Processing service tier. This tier is currently
              available for `gpt-5.6-sol`; a response served through it will show
              `service_tier=ultrafast`.
            - When not set, the default behavior is 'auto'.

            When the `service_tier` parameter is set, the response body will include the `service_tier` value based on the
            processing mode actually used to serve the request. This response value may be different from the value set in
            the parameter.
        tool_usage (None | ToolUsage | Unset): Usage reported by hosted tools, separate from base model `usage`.

            The field can be omitted when tool usage is unavailable. When present, tool families with no recorded usage
            have zero counts.

            `image_gen` sums available token counts across image generation calls. Calls with missing or incomplete usage
            records may be skipped. Output token details and cached input counts can be omitted. An omitted cache count
            means cache usage is unknown.

            `web_search.num_requests` counts billable searches. Discounted searches and actions such as opening a page are
            excluded. Use billing records to reconcile final charges.
        top_logprobs (int | None | Unset): An integer between 0 and 20 specifying the maximum number of most likely
            tokens to return at each token
            position, each with an associated log probability. In some cases, the number of returned tokens may be fewer
            than requested.
    """

    id: str
    created_at: float
    model: str
    output: list[
        AdditionalTools
        | ApplyPatchCall
        | ApplyPatchCallOutput
        | CodeInterpreterCall
        | CompactionItem
        | ComputerCall
        | ComputerCallOutput
        | CustomToolCall
        | CustomToolCallOutput
        | FileSearchCall
        | FunctionCallItem
        | FunctionCallOutputItem
        | ImageGenerationCall
        | LocalShellCall
        | LocalShellCallOutput
        | McpApprovalRequest
        | McpApprovalResponse
        | McpCall
        | McpListTools
        | OutputMessage
        | Program
        | ProgramOutput
        | ReasoningItem
        | ShellCall
        | ShellCallOutput
        | ToolSearchCall
        | ToolSearchOutput
        | UnknownOutputItem
        | WebSearchCall
    ]
    object_: Literal["response"] | None | Unset = UNSET
    status: None | ResponseStatus | Unset = UNSET
    error: None | ResponseError | Unset = UNSET
    incomplete_details: IncompleteDetails | None | Unset = UNSET
    instructions: (
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
        | None
        | str
        | Unset
    ) = UNSET
    max_output_tokens: int | None | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    previous_response_id: None | str | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    tool_choice: (
        AllowedToolsChoice
        | ApplyPatchToolChoice
        | CustomToolChoice
        | FunctionToolChoice
        | HostedToolChoice
        | McpToolChoice
        | None
        | ProgrammaticToolCallingChoice
        | ResponseToolChoiceType0
        | ShellToolChoice
        | UnknownResponseToolChoice
        | Unset
    ) = UNSET
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
        | None
        | Unset
    ) = UNSET
    text: None | ResponseTextConfig | Unset = UNSET
    reasoning: None | ReasoningConfig | Unset = UNSET
    truncation: None | str | Unset = UNSET
    store: bool | None | Unset = UNSET
    user: None | str | Unset = UNSET
    metadata: None | ResponseMetadata | Unset = UNSET
    usage: None | ResponseUsage | Unset = UNSET
    request_breakdown: None | RequestBreakdown | Unset = UNSET
    access_programs: AccessPrograms | None | Unset = UNSET
    background: bool | None | Unset = UNSET
    completed_at: float | None | Unset = UNSET
    conversation: ConversationReference | None | Unset = UNSET
    image: ImageOptions | None | Unset = UNSET
    input_transformations: list[InputTransformation] | None | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    moderation: Moderation | None | Unset = UNSET
    prompt: None | ResponsePrompt | Unset = UNSET
    prompt_cache_diagnostics: (
        None
        | PromptCacheDiagnosticsCacheHit
        | PromptCacheDiagnosticsCacheMiss
        | PromptCacheDiagnosticsComparisonResponseNotFound
        | PromptCacheDiagnosticsUnavailable
        | Unset
    ) = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_options: None | PromptCacheOptions | Unset = UNSET
    prompt_cache_retention: None | ResponsePromptCacheRetentionType0 | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    service_tier: None | ResponseServiceTierType0 | Unset = UNSET
    tool_usage: None | ToolUsage | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        model = self.model

        output = []
        for output_item_data in self.output:
            output_item: dict[str, Any]
            if isinstance(output_item_data, OutputMessage):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, FunctionCallItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ReasoningItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, FileSearchCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, FunctionCallOutputItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, WebSearchCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ComputerCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ComputerCallOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, Program):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ProgramOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ToolSearchCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ToolSearchOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, AdditionalTools):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, CompactionItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ImageGenerationCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, CodeInterpreterCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, LocalShellCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, LocalShellCallOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ShellCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ShellCallOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ApplyPatchCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ApplyPatchCallOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, McpCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, McpListTools):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, McpApprovalRequest):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, McpApprovalResponse):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, CustomToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, CustomToolCallOutput):
                output_item = output_item_data.to_dict()
            else:
                output_item = output_item_data.to_dict()

            output.append(output_item)

        object_: Literal["response"] | None | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ResponseError):
            error = self.error.to_dict()
        else:
            error = self.error

        incomplete_details: dict[str, Any] | None | Unset
        if isinstance(self.incomplete_details, Unset):
            incomplete_details = UNSET
        elif isinstance(self.incomplete_details, IncompleteDetails):
            incomplete_details = self.incomplete_details.to_dict()
        else:
            incomplete_details = self.incomplete_details

        instructions: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        elif isinstance(self.instructions, list):
            instructions = []
            for instructions_type_1_item_data in self.instructions:
                instructions_type_1_item: dict[str, Any]
                if isinstance(instructions_type_1_item_data, InputMessage):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, FunctionCallInput):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, FunctionCallOutputInput):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, ReasoningInput):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, ItemReference):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, FileSearchCall):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, ComputerCall):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, ComputerCallOutput):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, WebSearchCall):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, ToolSearchCall):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, ToolSearchOutput):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, AdditionalTools):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, ConfigurationUpdate):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, CompactionItem):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, ImageGenerationCall):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, CodeInterpreterCall):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LocalShellCall):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LocalShellCallOutput):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, ShellCall):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, ShellCallOutput):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, ApplyPatchCall):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, ApplyPatchCallOutput):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, McpListTools):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, McpApprovalRequest):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, McpApprovalResponse):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, McpCall):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, CustomToolCallOutput):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, CustomToolCall):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, CompactionTrigger):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, Program):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, ProgramOutput):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                else:
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()

                instructions.append(instructions_type_1_item)

        else:
            instructions = self.instructions

        max_output_tokens: int | None | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

        previous_response_id: None | str | Unset
        if isinstance(self.previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = self.previous_response_id

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

        tool_choice: dict[str, Any] | None | str | Unset
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
        elif isinstance(self.tool_choice, UnknownResponseToolChoice):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item: dict[str, Any]
                if isinstance(tools_type_0_item_data, FunctionTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, FileSearchTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ComputerTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ComputerUsePreviewTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, WebSearchTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, McpTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, CodeInterpreterTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ProgrammaticToolCallingTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ImageGenerationTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LocalShellTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ShellTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, CustomTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, NamespaceTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ToolSearchTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, WebSearchPreviewTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ApplyPatchTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                else:
                    tools_type_0_item = tools_type_0_item_data.to_dict()

                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        text: dict[str, Any] | None | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        elif isinstance(self.text, ResponseTextConfig):
            text = self.text.to_dict()
        else:
            text = self.text

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, ReasoningConfig):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        truncation: None | str | Unset
        if isinstance(self.truncation, Unset):
            truncation = UNSET
        else:
            truncation = self.truncation

        store: bool | None | Unset
        if isinstance(self.store, Unset):
            store = UNSET
        else:
            store = self.store

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ResponseMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, ResponseUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        request_breakdown: dict[str, Any] | None | Unset
        if isinstance(self.request_breakdown, Unset):
            request_breakdown = UNSET
        elif isinstance(self.request_breakdown, RequestBreakdown):
            request_breakdown = self.request_breakdown.to_dict()
        else:
            request_breakdown = self.request_breakdown

        access_programs: dict[str, Any] | None | Unset
        if isinstance(self.access_programs, Unset):
            access_programs = UNSET
        elif isinstance(self.access_programs, AccessPrograms):
            access_programs = self.access_programs.to_dict()
        else:
            access_programs = self.access_programs

        background: bool | None | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        else:
            background = self.background

        completed_at: float | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        conversation: dict[str, Any] | None | Unset
        if isinstance(self.conversation, Unset):
            conversation = UNSET
        elif isinstance(self.conversation, ConversationReference):
            conversation = self.conversation.to_dict()
        else:
            conversation = self.conversation

        image: dict[str, Any] | None | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        elif isinstance(self.image, ImageOptions):
            image = self.image.to_dict()
        else:
            image = self.image

        input_transformations: list[dict[str, Any]] | None | Unset
        if isinstance(self.input_transformations, Unset):
            input_transformations = UNSET
        elif isinstance(self.input_transformations, list):
            input_transformations = []
            for input_transformations_type_0_item_data in self.input_transformations:
                input_transformations_type_0_item = input_transformations_type_0_item_data.to_dict()
                input_transformations.append(input_transformations_type_0_item)

        else:
            input_transformations = self.input_transformations

        max_tool_calls: int | None | Unset
        if isinstance(self.max_tool_calls, Unset):
            max_tool_calls = UNSET
        else:
            max_tool_calls = self.max_tool_calls

        moderation: dict[str, Any] | None | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        elif isinstance(self.moderation, Moderation):
            moderation = self.moderation.to_dict()
        else:
            moderation = self.moderation

        prompt: dict[str, Any] | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(self.prompt, ResponsePrompt):
            prompt = self.prompt.to_dict()
        else:
            prompt = self.prompt

        prompt_cache_diagnostics: dict[str, Any] | None | Unset
        if isinstance(self.prompt_cache_diagnostics, Unset):
            prompt_cache_diagnostics = UNSET
        elif isinstance(self.prompt_cache_diagnostics, PromptCacheDiagnosticsCacheMiss):
            prompt_cache_diagnostics = self.prompt_cache_diagnostics.to_dict()
        elif isinstance(self.prompt_cache_diagnostics, PromptCacheDiagnosticsCacheHit):
            prompt_cache_diagnostics = self.prompt_cache_diagnostics.to_dict()
        elif isinstance(self.prompt_cache_diagnostics, PromptCacheDiagnosticsComparisonResponseNotFound):
            prompt_cache_diagnostics = self.prompt_cache_diagnostics.to_dict()
        elif isinstance(self.prompt_cache_diagnostics, PromptCacheDiagnosticsUnavailable):
            prompt_cache_diagnostics = self.prompt_cache_diagnostics.to_dict()
        else:
            prompt_cache_diagnostics = self.prompt_cache_diagnostics

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        prompt_cache_options: dict[str, Any] | None | Unset
        if isinstance(self.prompt_cache_options, Unset):
            prompt_cache_options = UNSET
        elif isinstance(self.prompt_cache_options, PromptCacheOptions):
            prompt_cache_options = self.prompt_cache_options.to_dict()
        else:
            prompt_cache_options = self.prompt_cache_options

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

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        elif isinstance(self.service_tier, str):
            service_tier = self.service_tier
        else:
            service_tier = self.service_tier

        tool_usage: dict[str, Any] | None | Unset
        if isinstance(self.tool_usage, Unset):
            tool_usage = UNSET
        elif isinstance(self.tool_usage, ToolUsage):
            tool_usage = self.tool_usage.to_dict()
        else:
            tool_usage = self.tool_usage

        top_logprobs: int | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        else:
            top_logprobs = self.top_logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "model": model,
                "output": output,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error
        if incomplete_details is not UNSET:
            field_dict["incomplete_details"] = incomplete_details
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools
        if text is not UNSET:
            field_dict["text"] = text
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if store is not UNSET:
            field_dict["store"] = store
        if user is not UNSET:
            field_dict["user"] = user
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if usage is not UNSET:
            field_dict["usage"] = usage
        if request_breakdown is not UNSET:
            field_dict["request_breakdown"] = request_breakdown
        if access_programs is not UNSET:
            field_dict["access_programs"] = access_programs
        if background is not UNSET:
            field_dict["background"] = background
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if image is not UNSET:
            field_dict["image"] = image
        if input_transformations is not UNSET:
            field_dict["input_transformations"] = input_transformations
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if prompt_cache_diagnostics is not UNSET:
            field_dict["prompt_cache_diagnostics"] = prompt_cache_diagnostics
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = prompt_cache_retention
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if tool_usage is not UNSET:
            field_dict["tool_usage"] = tool_usage
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = d.pop("created_at")

        model = d.pop("model")

        output = []
        _output = d.pop("output")
        for output_item_data in _output:

            def _parse_output_item(
                data: object,
            ) -> (
                AdditionalTools
                | ApplyPatchCall
                | ApplyPatchCallOutput
                | CodeInterpreterCall
                | CompactionItem
                | ComputerCall
                | ComputerCallOutput
                | CustomToolCall
                | CustomToolCallOutput
                | FileSearchCall
                | FunctionCallItem
                | FunctionCallOutputItem
                | ImageGenerationCall
                | LocalShellCall
                | LocalShellCallOutput
                | McpApprovalRequest
                | McpApprovalResponse
                | McpCall
                | McpListTools
                | OutputMessage
                | Program
                | ProgramOutput
                | ReasoningItem
                | ShellCall
                | ShellCallOutput
                | ToolSearchCall
                | ToolSearchOutput
                | UnknownOutputItem
                | WebSearchCall
            ):
                if isinstance(data, dict):
                    kind = data.get("type")
                    try:
                        if kind == "message":
                            return OutputMessage.from_dict(data)
                        if kind == "function_call":
                            return FunctionCallItem.from_dict(data)
                        if kind == "reasoning":
                            return ReasoningItem.from_dict(data)
                        if kind == "file_search_call":
                            return FileSearchCall.from_dict(data)
                        if kind == "function_call_output":
                            return FunctionCallOutputItem.from_dict(data)
                        if kind == "web_search_call":
                            return WebSearchCall.from_dict(data)
                        if kind == "computer_call":
                            return ComputerCall.from_dict(data)
                        if kind == "computer_call_output":
                            return ComputerCallOutput.from_dict(data)
                        if kind == "program":
                            return Program.from_dict(data)
                        if kind == "program_output":
                            return ProgramOutput.from_dict(data)
                        if kind == "tool_search_call":
                            return ToolSearchCall.from_dict(data)
                        if kind == "tool_search_output":
                            return ToolSearchOutput.from_dict(data)
                        if kind == "additional_tools":
                            return AdditionalTools.from_dict(data)
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
                        if kind == "mcp_call":
                            return McpCall.from_dict(data)
                        if kind == "mcp_list_tools":
                            return McpListTools.from_dict(data)
                        if kind == "mcp_approval_request":
                            return McpApprovalRequest.from_dict(data)
                        if kind == "mcp_approval_response":
                            return McpApprovalResponse.from_dict(data)
                        if kind == "custom_tool_call":
                            return CustomToolCall.from_dict(data)
                        if kind == "custom_tool_call_output":
                            return CustomToolCallOutput.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

                if isinstance(data, dict):
                    return UnknownOutputItem.from_dict(data)
                raise TypeError(f"expected one of the forms of output_item, got {type(data).__name__}")

            output_item = _parse_output_item(output_item_data)

            output.append(output_item)

        def _parse_object_(data: object) -> Literal["response"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            object_type_0 = cast("Literal['response']", data)
            if object_type_0 != "response":
                raise ValueError(f"object_type_0 must match const 'response', got '{object_type_0}'")
            return object_type_0

            return cast("Literal['response'] | None | Unset", data)

        object_ = _parse_object_(d.pop("object", UNSET))

        status: None | ResponseStatus | Unset = d.pop("status", UNSET)

        error: None | ResponseError | Unset = d.pop("error", UNSET)
        if isinstance(error, dict):
            try:
                error = ResponseError.from_dict(error)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ResponseError: kept as it came

        incomplete_details: IncompleteDetails | None | Unset = d.pop("incomplete_details", UNSET)
        if isinstance(incomplete_details, dict):
            try:
                incomplete_details = IncompleteDetails.from_dict(incomplete_details)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as IncompleteDetails: kept as it came

        _instructions = d.pop("instructions", UNSET)
        instructions: (
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
            | None
            | str
            | Unset
        ) = _instructions
        if isinstance(_instructions, list):
            try:
                instructions_type_1 = []
                _instructions_type_1 = _instructions
                for instructions_type_1_item_data in _instructions_type_1:

                    def _parse_instructions_type_1_item(
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
                        raise TypeError(
                            f"expected one of the forms of instructions_type_1_item, got {type(data).__name__}"
                        )

                    instructions_type_1_item = _parse_instructions_type_1_item(instructions_type_1_item_data)

                    instructions_type_1.append(instructions_type_1_item)

                instructions = instructions_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        max_output_tokens: int | None | Unset = d.pop("max_output_tokens", UNSET)

        parallel_tool_calls: bool | None | Unset = d.pop("parallel_tool_calls", UNSET)

        previous_response_id: None | str | Unset = d.pop("previous_response_id", UNSET)

        temperature: float | None | Unset = d.pop("temperature", UNSET)

        top_p: float | None | Unset = d.pop("top_p", UNSET)

        def _parse_tool_choice(
            data: object,
        ) -> (
            AllowedToolsChoice
            | ApplyPatchToolChoice
            | CustomToolChoice
            | FunctionToolChoice
            | HostedToolChoice
            | McpToolChoice
            | None
            | ProgrammaticToolCallingChoice
            | ResponseToolChoiceType0
            | ShellToolChoice
            | UnknownResponseToolChoice
            | Unset
        ):
            if data is None:
                return data
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
                "AllowedToolsChoice | ApplyPatchToolChoice | CustomToolChoice | FunctionToolChoice | HostedToolChoice | McpToolChoice | None | ProgrammaticToolCallingChoice | ResponseToolChoiceType0 | ShellToolChoice | UnknownResponseToolChoice | Unset",
                data,
            )

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

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
            | None
            | Unset
        ) = _tools
        if isinstance(_tools, list):
            try:
                tools_type_0 = []
                _tools_type_0 = _tools
                for tools_type_0_item_data in _tools_type_0:

                    def _parse_tools_type_0_item(
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
                        raise TypeError(f"expected one of the forms of tools_type_0_item, got {type(data).__name__}")

                    tools_type_0_item = _parse_tools_type_0_item(tools_type_0_item_data)

                    tools_type_0.append(tools_type_0_item)

                tools = tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        text: None | ResponseTextConfig | Unset = d.pop("text", UNSET)
        if isinstance(text, dict):
            try:
                text = ResponseTextConfig.from_dict(text)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ResponseTextConfig: kept as it came

        reasoning: None | ReasoningConfig | Unset = d.pop("reasoning", UNSET)
        if isinstance(reasoning, dict):
            try:
                reasoning = ReasoningConfig.from_dict(reasoning)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ReasoningConfig: kept as it came

        truncation: None | str | Unset = d.pop("truncation", UNSET)

        store: bool | None | Unset = d.pop("store", UNSET)

        user: None | str | Unset = d.pop("user", UNSET)

        metadata: None | ResponseMetadata | Unset = d.pop("metadata", UNSET)
        if isinstance(metadata, dict):
            try:
                metadata = ResponseMetadata.from_dict(metadata)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ResponseMetadata: kept as it came

        usage: None | ResponseUsage | Unset = d.pop("usage", UNSET)
        if isinstance(usage, dict):
            try:
                usage = ResponseUsage.from_dict(usage)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ResponseUsage: kept as it came

        request_breakdown: None | RequestBreakdown | Unset = d.pop("request_breakdown", UNSET)
        if isinstance(request_breakdown, dict):
            try:
                request_breakdown = RequestBreakdown.from_dict(request_breakdown)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as RequestBreakdown: kept as it came

        access_programs: AccessPrograms | None | Unset = d.pop("access_programs", UNSET)
        if isinstance(access_programs, dict):
            try:
                access_programs = AccessPrograms.from_dict(access_programs)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as AccessPrograms: kept as it came

        background: bool | None | Unset = d.pop("background", UNSET)

        completed_at: float | None | Unset = d.pop("completed_at", UNSET)

        conversation: ConversationReference | None | Unset = d.pop("conversation", UNSET)
        if isinstance(conversation, dict):
            try:
                conversation = ConversationReference.from_dict(conversation)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ConversationReference: kept as it came

        image: ImageOptions | None | Unset = d.pop("image", UNSET)
        if isinstance(image, dict):
            try:
                image = ImageOptions.from_dict(image)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ImageOptions: kept as it came

        _input_transformations = d.pop("input_transformations", UNSET)
        input_transformations: list[InputTransformation] | None | Unset = _input_transformations
        if isinstance(_input_transformations, list):
            try:
                input_transformations_type_0 = []
                _input_transformations_type_0 = _input_transformations
                for input_transformations_type_0_item_data in _input_transformations_type_0:
                    input_transformations_type_0_item = InputTransformation.from_dict(
                        input_transformations_type_0_item_data
                    )

                    input_transformations_type_0.append(input_transformations_type_0_item)

                input_transformations = input_transformations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        max_tool_calls: int | None | Unset = d.pop("max_tool_calls", UNSET)

        moderation: Moderation | None | Unset = d.pop("moderation", UNSET)
        if isinstance(moderation, dict):
            try:
                moderation = Moderation.from_dict(moderation)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as Moderation: kept as it came

        prompt: None | ResponsePrompt | Unset = d.pop("prompt", UNSET)
        if isinstance(prompt, dict):
            try:
                prompt = ResponsePrompt.from_dict(prompt)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ResponsePrompt: kept as it came

        def _parse_prompt_cache_diagnostics(
            data: object,
        ) -> (
            None
            | PromptCacheDiagnosticsCacheHit
            | PromptCacheDiagnosticsCacheMiss
            | PromptCacheDiagnosticsComparisonResponseNotFound
            | PromptCacheDiagnosticsUnavailable
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind == "cache_miss":
                        return PromptCacheDiagnosticsCacheMiss.from_dict(data)
                    if kind == "cache_hit":
                        return PromptCacheDiagnosticsCacheHit.from_dict(data)
                    if kind == "comparison_response_not_found":
                        return PromptCacheDiagnosticsComparisonResponseNotFound.from_dict(data)
                    if kind == "unavailable":
                        return PromptCacheDiagnosticsUnavailable.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

            return cast(
                "None | PromptCacheDiagnosticsCacheHit | PromptCacheDiagnosticsCacheMiss | PromptCacheDiagnosticsComparisonResponseNotFound | PromptCacheDiagnosticsUnavailable | Unset",
                data,
            )

        prompt_cache_diagnostics = _parse_prompt_cache_diagnostics(d.pop("prompt_cache_diagnostics", UNSET))

        prompt_cache_key: None | str | Unset = d.pop("prompt_cache_key", UNSET)

        prompt_cache_options: None | PromptCacheOptions | Unset = d.pop("prompt_cache_options", UNSET)
        if isinstance(prompt_cache_options, dict):
            try:
                prompt_cache_options = PromptCacheOptions.from_dict(prompt_cache_options)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as PromptCacheOptions: kept as it came

        prompt_cache_retention: None | ResponsePromptCacheRetentionType0 | Unset = d.pop(
            "prompt_cache_retention", UNSET
        )

        safety_identifier: None | str | Unset = d.pop("safety_identifier", UNSET)

        service_tier: None | ResponseServiceTierType0 | Unset = d.pop("service_tier", UNSET)

        tool_usage: None | ToolUsage | Unset = d.pop("tool_usage", UNSET)
        if isinstance(tool_usage, dict):
            try:
                tool_usage = ToolUsage.from_dict(tool_usage)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ToolUsage: kept as it came

        top_logprobs: int | None | Unset = d.pop("top_logprobs", UNSET)

        response = cls(
            id,
            created_at,
            model,
            output,
            object_,
            status,
            error,
            incomplete_details,
            instructions,
            max_output_tokens,
            parallel_tool_calls,
            previous_response_id,
            temperature,
            top_p,
            tool_choice,
            tools,
            text,
            reasoning,
            truncation,
            store,
            user,
            metadata,
            usage,
            request_breakdown,
            access_programs,
            background,
            completed_at,
            conversation,
            image,
            input_transformations,
            max_tool_calls,
            moderation,
            prompt,
            prompt_cache_diagnostics,
            prompt_cache_key,
            prompt_cache_options,
            prompt_cache_retention,
            safety_identifier,
            service_tier,
            tool_usage,
            top_logprobs,
        )

        response.additional_properties = d
        return response

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


# Imported once Response exists, so that models which contain each other load in either order.
from ..models.access_programs import AccessPrograms
from ..models.additional_tools import AdditionalTools
from ..models.allowed_tools_choice import AllowedToolsChoice
from ..models.apply_patch_call import ApplyPatchCall
from ..models.apply_patch_call_output import ApplyPatchCallOutput
from ..models.apply_patch_tool import ApplyPatchTool
from ..models.apply_patch_tool_choice import ApplyPatchToolChoice
from ..models.code_interpreter_call import CodeInterpreterCall
from ..models.code_interpreter_tool import CodeInterpreterTool
from ..models.compaction_item import CompactionItem
from ..models.compaction_trigger import CompactionTrigger
from ..models.computer_call import ComputerCall
from ..models.computer_call_output import ComputerCallOutput
from ..models.computer_tool import ComputerTool
from ..models.computer_use_preview_tool import ComputerUsePreviewTool
from ..models.configuration_update import ConfigurationUpdate
from ..models.conversation_reference import ConversationReference
from ..models.custom_tool import CustomTool
from ..models.custom_tool_call import CustomToolCall
from ..models.custom_tool_call_output import CustomToolCallOutput
from ..models.custom_tool_choice import CustomToolChoice
from ..models.file_search_call import FileSearchCall
from ..models.file_search_tool import FileSearchTool
from ..models.function_call_input import FunctionCallInput
from ..models.function_call_item import FunctionCallItem
from ..models.function_call_output_input import FunctionCallOutputInput
from ..models.function_call_output_item import FunctionCallOutputItem
from ..models.function_tool import FunctionTool
from ..models.function_tool_choice import FunctionToolChoice
from ..models.hosted_tool_choice import HostedToolChoice
from ..models.image_generation_call import ImageGenerationCall
from ..models.image_generation_tool import ImageGenerationTool
from ..models.image_options import ImageOptions
from ..models.incomplete_details import IncompleteDetails
from ..models.input_message import InputMessage
from ..models.input_transformation import InputTransformation
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
from ..models.moderation import Moderation
from ..models.namespace_tool import NamespaceTool
from ..models.output_message import OutputMessage
from ..models.program import Program
from ..models.program_output import ProgramOutput
from ..models.programmatic_tool_calling_choice import ProgrammaticToolCallingChoice
from ..models.programmatic_tool_calling_tool import ProgrammaticToolCallingTool
from ..models.prompt_cache_diagnostics_cache_hit import PromptCacheDiagnosticsCacheHit
from ..models.prompt_cache_diagnostics_cache_miss import PromptCacheDiagnosticsCacheMiss
from ..models.prompt_cache_diagnostics_comparison_response_not_found import (
    PromptCacheDiagnosticsComparisonResponseNotFound,
)
from ..models.prompt_cache_diagnostics_unavailable import PromptCacheDiagnosticsUnavailable
from ..models.prompt_cache_options import PromptCacheOptions
from ..models.reasoning_config import ReasoningConfig
from ..models.reasoning_input import ReasoningInput
from ..models.reasoning_item import ReasoningItem
from ..models.request_breakdown import RequestBreakdown
from ..models.response_error import ResponseError
from ..models.response_metadata import ResponseMetadata
from ..models.response_prompt import ResponsePrompt
from ..models.response_text_config import ResponseTextConfig
from ..models.response_usage import ResponseUsage
from ..models.shell_call import ShellCall
from ..models.shell_call_output import ShellCallOutput
from ..models.shell_tool import ShellTool
from ..models.shell_tool_choice import ShellToolChoice
from ..models.tool_search_call import ToolSearchCall
from ..models.tool_search_output import ToolSearchOutput
from ..models.tool_search_tool import ToolSearchTool
from ..models.tool_usage import ToolUsage
from ..models.unknown_input_item import UnknownInputItem
from ..models.unknown_output_item import UnknownOutputItem
from ..models.unknown_response_tool import UnknownResponseTool
from ..models.unknown_response_tool_choice import UnknownResponseToolChoice
from ..models.web_search_call import WebSearchCall
from ..models.web_search_preview_tool import WebSearchPreviewTool
from ..models.web_search_tool import WebSearchTool
