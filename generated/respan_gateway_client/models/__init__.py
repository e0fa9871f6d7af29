"""Contains all the data models used in inputs/outputs"""

from .assistant_message import AssistantMessage
from .audio_part import AudioPart
from .audio_part_input_audio import AudioPartInputAudio
from .audio_part_input_audio_format import AudioPartInputAudioFormat
from .cache_options import CacheOptions
from .chat_completion import ChatCompletion
from .chat_completion_choice import ChatCompletionChoice
from .chat_completion_chunk import ChatCompletionChunk
from .chat_completion_chunk_choice import ChatCompletionChunkChoice
from .chat_completion_delta import ChatCompletionDelta
from .chat_completion_message import ChatCompletionMessage
from .chat_completion_params import ChatCompletionParams
from .chat_completion_params_logit_bias import ChatCompletionParamsLogitBias
from .chat_completion_params_reasoning_effort import ChatCompletionParamsReasoningEffort
from .chat_completion_params_service_tier import ChatCompletionParamsServiceTier
from .chat_completion_stream_event import ChatCompletionStreamEvent
from .chat_stream_options import ChatStreamOptions
from .chat_tool import ChatTool
from .chat_tool_choice_type_0 import ChatToolChoiceType0
from .choice_logprobs import ChoiceLogprobs
from .completion_usage import CompletionUsage
from .completion_usage_completion_tokens_details import CompletionUsageCompletionTokensDetails
from .completion_usage_prompt_tokens_details import CompletionUsagePromptTokensDetails
from .create_chat_completion_request import CreateChatCompletionRequest
from .create_response_request import CreateResponseRequest
from .credential_override import CredentialOverride
from .customer_params import CustomerParams
from .customer_params_budget_duration import CustomerParamsBudgetDuration
from .customer_params_metadata import CustomerParamsMetadata
from .developer_message import DeveloperMessage
from .error import Error
from .error_response import ErrorResponse
from .error_type import ErrorType
from .file_citation import FileCitation
from .file_part import FilePart
from .file_part_file import FilePartFile
from .finish_reason import FinishReason
from .function_call_input import FunctionCallInput
from .function_call_item import FunctionCallItem
from .function_call_output_input import FunctionCallOutputInput
from .function_definition import FunctionDefinition
from .function_parameters import FunctionParameters
from .function_tool import FunctionTool
from .function_tool_choice import FunctionToolChoice
from .hosted_tool import HostedTool
from .hosted_tool_type import HostedToolType
from .image_part import ImagePart
from .image_part_image_url import ImagePartImageUrl
from .image_part_image_url_detail import ImagePartImageUrlDetail
from .incomplete_details import IncompleteDetails
from .incomplete_details_reason import IncompleteDetailsReason
from .input_file import InputFile
from .input_image import InputImage
from .input_image_detail import InputImageDetail
from .input_message import InputMessage
from .input_message_role import InputMessageRole
from .input_text import InputText
from .item_reference import ItemReference
from .item_status import ItemStatus
from .json_schema_format import JsonSchemaFormat
from .load_balance_group import LoadBalanceGroup
from .load_balance_model import LoadBalanceModel
from .named_tool_choice import NamedToolChoice
from .named_tool_choice_function import NamedToolChoiceFunction
from .output_message import OutputMessage
from .output_refusal import OutputRefusal
from .output_text import OutputText
from .prompt_params import PromptParams
from .prompt_params_override_params import PromptParamsOverrideParams
from .prompt_params_schema_version import PromptParamsSchemaVersion
from .prompt_params_variables import PromptParamsVariables
from .prompt_version_type_1 import PromptVersionType1
from .provider_credential_object import ProviderCredentialObject
from .provider_credentials import ProviderCredentials
from .reasoning_config import ReasoningConfig
from .reasoning_config_effort import ReasoningConfigEffort
from .reasoning_config_summary import ReasoningConfigSummary
from .reasoning_input import ReasoningInput
from .reasoning_item import ReasoningItem
from .reasoning_text import ReasoningText
from .refusal_part import RefusalPart
from .request_breakdown import RequestBreakdown
from .respan_param_containers import RespanParamContainers
from .respan_params import RespanParams
from .respan_params_metadata import RespanParamsMetadata
from .respan_params_model_name_map import RespanParamsModelNameMap
from .respan_params_properties import RespanParamsProperties
from .response import Response
from .response_completed_event import ResponseCompletedEvent
from .response_content_part_added_event import ResponseContentPartAddedEvent
from .response_content_part_done_event import ResponseContentPartDoneEvent
from .response_created_event import ResponseCreatedEvent
from .response_error import ResponseError
from .response_error_event import ResponseErrorEvent
from .response_failed_event import ResponseFailedEvent
from .response_format_json_object import ResponseFormatJsonObject
from .response_format_json_schema import ResponseFormatJsonSchema
from .response_format_text import ResponseFormatText
from .response_function_call_arguments_delta_event import ResponseFunctionCallArgumentsDeltaEvent
from .response_function_call_arguments_done_event import ResponseFunctionCallArgumentsDoneEvent
from .response_in_progress_event import ResponseInProgressEvent
from .response_incomplete_event import ResponseIncompleteEvent
from .response_logprob import ResponseLogprob
from .response_logprob_top_logprobs_item import ResponseLogprobTopLogprobsItem
from .response_metadata_type_0 import ResponseMetadataType0
from .response_output_item_added_event import ResponseOutputItemAddedEvent
from .response_output_item_done_event import ResponseOutputItemDoneEvent
from .response_output_text_annotation_added_event import ResponseOutputTextAnnotationAddedEvent
from .response_output_text_delta_event import ResponseOutputTextDeltaEvent
from .response_output_text_done_event import ResponseOutputTextDoneEvent
from .response_params import ResponseParams
from .response_params_include_item import ResponseParamsIncludeItem
from .response_params_service_tier import ResponseParamsServiceTier
from .response_params_stream_options import ResponseParamsStreamOptions
from .response_params_truncation import ResponseParamsTruncation
from .response_queued_event import ResponseQueuedEvent
from .response_reasoning_summary_part_added_event import ResponseReasoningSummaryPartAddedEvent
from .response_reasoning_summary_part_done_event import ResponseReasoningSummaryPartDoneEvent
from .response_reasoning_summary_text_delta_event import ResponseReasoningSummaryTextDeltaEvent
from .response_reasoning_summary_text_done_event import ResponseReasoningSummaryTextDoneEvent
from .response_reasoning_text_delta_event import ResponseReasoningTextDeltaEvent
from .response_reasoning_text_done_event import ResponseReasoningTextDoneEvent
from .response_refusal_delta_event import ResponseRefusalDeltaEvent
from .response_refusal_done_event import ResponseRefusalDoneEvent
from .response_status import ResponseStatus
from .response_stream_sse_event import ResponseStreamSseEvent
from .response_text_config import ResponseTextConfig
from .response_text_config_verbosity import ResponseTextConfigVerbosity
from .response_tool_choice_type_0 import ResponseToolChoiceType0
from .response_usage import ResponseUsage
from .response_usage_input_tokens_details import ResponseUsageInputTokensDetails
from .response_usage_output_tokens_details import ResponseUsageOutputTokensDetails
from .retry_params import RetryParams
from .summary_text import SummaryText
from .system_message import SystemMessage
from .text_format_json_schema import TextFormatJsonSchema
from .text_part import TextPart
from .token_logprob import TokenLogprob
from .tool_call import ToolCall
from .tool_call_delta import ToolCallDelta
from .tool_call_delta_function import ToolCallDeltaFunction
from .tool_call_function import ToolCallFunction
from .tool_message import ToolMessage
from .top_logprob import TopLogprob
from .upstream_attempt import UpstreamAttempt
from .upstream_attempt_status import UpstreamAttemptStatus
from .url_citation import UrlCitation
from .user_message import UserMessage

__all__ = (
    "AssistantMessage",
    "AudioPart",
    "AudioPartInputAudio",
    "AudioPartInputAudioFormat",
    "CacheOptions",
    "ChatCompletion",
    "ChatCompletionChoice",
    "ChatCompletionChunk",
    "ChatCompletionChunkChoice",
    "ChatCompletionDelta",
    "ChatCompletionMessage",
    "ChatCompletionParams",
    "ChatCompletionParamsLogitBias",
    "ChatCompletionParamsReasoningEffort",
    "ChatCompletionParamsServiceTier",
    "ChatCompletionStreamEvent",
    "ChatStreamOptions",
    "ChatTool",
    "ChatToolChoiceType0",
    "ChoiceLogprobs",
    "CompletionUsage",
    "CompletionUsageCompletionTokensDetails",
    "CompletionUsagePromptTokensDetails",
    "CreateChatCompletionRequest",
    "CreateResponseRequest",
    "CredentialOverride",
    "CustomerParams",
    "CustomerParamsBudgetDuration",
    "CustomerParamsMetadata",
    "DeveloperMessage",
    "Error",
    "ErrorResponse",
    "ErrorType",
    "FileCitation",
    "FilePart",
    "FilePartFile",
    "FinishReason",
    "FunctionCallInput",
    "FunctionCallItem",
    "FunctionCallOutputInput",
    "FunctionDefinition",
    "FunctionParameters",
    "FunctionTool",
    "FunctionToolChoice",
    "HostedTool",
    "HostedToolType",
    "ImagePart",
    "ImagePartImageUrl",
    "ImagePartImageUrlDetail",
    "IncompleteDetails",
    "IncompleteDetailsReason",
    "InputFile",
    "InputImage",
    "InputImageDetail",
    "InputMessage",
    "InputMessageRole",
    "InputText",
    "ItemReference",
    "ItemStatus",
    "JsonSchemaFormat",
    "LoadBalanceGroup",
    "LoadBalanceModel",
    "NamedToolChoice",
    "NamedToolChoiceFunction",
    "OutputMessage",
    "OutputRefusal",
    "OutputText",
    "PromptParams",
    "PromptParamsOverrideParams",
    "PromptParamsSchemaVersion",
    "PromptParamsVariables",
    "PromptVersionType1",
    "ProviderCredentialObject",
    "ProviderCredentials",
    "ReasoningConfig",
    "ReasoningConfigEffort",
    "ReasoningConfigSummary",
    "ReasoningInput",
    "ReasoningItem",
    "ReasoningText",
    "RefusalPart",
    "RequestBreakdown",
    "RespanParamContainers",
    "RespanParams",
    "RespanParamsMetadata",
    "RespanParamsModelNameMap",
    "RespanParamsProperties",
    "Response",
    "ResponseCompletedEvent",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartDoneEvent",
    "ResponseCreatedEvent",
    "ResponseError",
    "ResponseErrorEvent",
    "ResponseFailedEvent",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonSchema",
    "ResponseFormatText",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseIncompleteEvent",
    "ResponseInProgressEvent",
    "ResponseLogprob",
    "ResponseLogprobTopLogprobsItem",
    "ResponseMetadataType0",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemDoneEvent",
    "ResponseOutputTextAnnotationAddedEvent",
    "ResponseOutputTextDeltaEvent",
    "ResponseOutputTextDoneEvent",
    "ResponseParams",
    "ResponseParamsIncludeItem",
    "ResponseParamsServiceTier",
    "ResponseParamsStreamOptions",
    "ResponseParamsTruncation",
    "ResponseQueuedEvent",
    "ResponseReasoningSummaryPartAddedEvent",
    "ResponseReasoningSummaryPartDoneEvent",
    "ResponseReasoningSummaryTextDeltaEvent",
    "ResponseReasoningSummaryTextDoneEvent",
    "ResponseReasoningTextDeltaEvent",
    "ResponseReasoningTextDoneEvent",
    "ResponseRefusalDeltaEvent",
    "ResponseRefusalDoneEvent",
    "ResponseStatus",
    "ResponseStreamSseEvent",
    "ResponseTextConfig",
    "ResponseTextConfigVerbosity",
    "ResponseToolChoiceType0",
    "ResponseUsage",
    "ResponseUsageInputTokensDetails",
    "ResponseUsageOutputTokensDetails",
    "RetryParams",
    "SummaryText",
    "SystemMessage",
    "TextFormatJsonSchema",
    "TextPart",
    "TokenLogprob",
    "ToolCall",
    "ToolCallDelta",
    "ToolCallDeltaFunction",
    "ToolCallFunction",
    "ToolMessage",
    "TopLogprob",
    "UpstreamAttempt",
    "UpstreamAttemptStatus",
    "UrlCitation",
    "UserMessage",
)
