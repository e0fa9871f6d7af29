"""Contains all the data models used in inputs/outputs. Each is imported when first used
(`from respan_gateway_client.models import ChatCompletion`, or `models.ChatCompletion`)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_programs import AccessPrograms
    from .access_programs_cyber import AccessProgramsCyber
    from .additional_tools import AdditionalTools
    from .additional_tools_role import AdditionalToolsRole
    from .allowed_tools_choice import AllowedToolsChoice
    from .allowed_tools_choice_mode import AllowedToolsChoiceMode
    from .allowed_tools_choice_tools_item import AllowedToolsChoiceToolsItem
    from .apply_patch_call import ApplyPatchCall
    from .apply_patch_call_output import ApplyPatchCallOutput
    from .apply_patch_call_output_status import ApplyPatchCallOutputStatus
    from .apply_patch_call_status import ApplyPatchCallStatus
    from .apply_patch_create_file import ApplyPatchCreateFile
    from .apply_patch_delete_file import ApplyPatchDeleteFile
    from .apply_patch_tool import ApplyPatchTool
    from .apply_patch_tool_allowed_callers_type_0_item import ApplyPatchToolAllowedCallersType0Item
    from .apply_patch_tool_choice import ApplyPatchToolChoice
    from .apply_patch_update_file import ApplyPatchUpdateFile
    from .assistant_message import AssistantMessage
    from .audio_part import AudioPart
    from .audio_part_input_audio import AudioPartInputAudio
    from .audio_part_input_audio_format import AudioPartInputAudioFormat
    from .background_options import BackgroundOptions
    from .background_options_completion_window import BackgroundOptionsCompletionWindow
    from .cache_options import CacheOptions
    from .chat_allowed_tools import ChatAllowedTools
    from .chat_allowed_tools_choice import ChatAllowedToolsChoice
    from .chat_allowed_tools_mode import ChatAllowedToolsMode
    from .chat_allowed_tools_tools_item import ChatAllowedToolsToolsItem
    from .chat_annotation import ChatAnnotation
    from .chat_audio_custom_voice import ChatAudioCustomVoice
    from .chat_audio_params import ChatAudioParams
    from .chat_audio_params_format import ChatAudioParamsFormat
    from .chat_audio_params_voice_type_0 import ChatAudioParamsVoiceType0
    from .chat_audio_reference import ChatAudioReference
    from .chat_completion import ChatCompletion
    from .chat_completion_audio import ChatCompletionAudio
    from .chat_completion_choice import ChatCompletionChoice
    from .chat_completion_chunk import ChatCompletionChunk
    from .chat_completion_chunk_choice import ChatCompletionChunkChoice
    from .chat_completion_delta import ChatCompletionDelta
    from .chat_completion_delta_audio import ChatCompletionDeltaAudio
    from .chat_completion_delta_role import ChatCompletionDeltaRole
    from .chat_completion_message import ChatCompletionMessage
    from .chat_completion_metadata_type_0 import ChatCompletionMetadataType0
    from .chat_completion_params import ChatCompletionParams
    from .chat_completion_params_function_call_type_0 import ChatCompletionParamsFunctionCallType0
    from .chat_completion_params_logit_bias import ChatCompletionParamsLogitBias
    from .chat_completion_params_modalities_type_0_item import ChatCompletionParamsModalitiesType0Item
    from .chat_completion_params_prompt_cache_retention_type_0 import ChatCompletionParamsPromptCacheRetentionType0
    from .chat_completion_params_reasoning_effort import ChatCompletionParamsReasoningEffort
    from .chat_completion_params_service_tier import ChatCompletionParamsServiceTier
    from .chat_completion_params_verbosity_type_0 import ChatCompletionParamsVerbosityType0
    from .chat_completion_stream_event import ChatCompletionStreamEvent
    from .chat_custom_tool import ChatCustomTool
    from .chat_custom_tool_call import ChatCustomToolCall
    from .chat_custom_tool_call_body import ChatCustomToolCallBody
    from .chat_custom_tool_definition import ChatCustomToolDefinition
    from .chat_custom_tool_grammar import ChatCustomToolGrammar
    from .chat_custom_tool_grammar_format import ChatCustomToolGrammarFormat
    from .chat_custom_tool_grammar_syntax import ChatCustomToolGrammarSyntax
    from .chat_custom_tool_text_format import ChatCustomToolTextFormat
    from .chat_function_call import ChatFunctionCall
    from .chat_function_call_delta import ChatFunctionCallDelta
    from .chat_function_call_option import ChatFunctionCallOption
    from .chat_moderation import ChatModeration
    from .chat_named_custom_tool import ChatNamedCustomTool
    from .chat_named_custom_tool_choice import ChatNamedCustomToolChoice
    from .chat_prediction import ChatPrediction
    from .chat_stream_options import ChatStreamOptions
    from .chat_tool import ChatTool
    from .chat_tool_choice_type_0 import ChatToolChoiceType0
    from .chat_url_citation import ChatUrlCitation
    from .chat_web_search_approximate_location import ChatWebSearchApproximateLocation
    from .chat_web_search_options import ChatWebSearchOptions
    from .chat_web_search_options_search_context_size import ChatWebSearchOptionsSearchContextSize
    from .chat_web_search_user_location import ChatWebSearchUserLocation
    from .choice_logprobs import ChoiceLogprobs
    from .code_interpreter_call import CodeInterpreterCall
    from .code_interpreter_call_status import CodeInterpreterCallStatus
    from .code_interpreter_container_auto import CodeInterpreterContainerAuto
    from .code_interpreter_container_auto_memory_limit_type_0 import CodeInterpreterContainerAutoMemoryLimitType0
    from .code_interpreter_output_image import CodeInterpreterOutputImage
    from .code_interpreter_output_logs import CodeInterpreterOutputLogs
    from .code_interpreter_tool import CodeInterpreterTool
    from .code_interpreter_tool_allowed_callers_type_0_item import CodeInterpreterToolAllowedCallersType0Item
    from .compaction_item import CompactionItem
    from .compaction_trigger import CompactionTrigger
    from .comparison_filter import ComparisonFilter
    from .comparison_filter_type import ComparisonFilterType
    from .completion_usage import CompletionUsage
    from .completion_usage_completion_tokens_details import CompletionUsageCompletionTokensDetails
    from .completion_usage_prompt_tokens_details import CompletionUsagePromptTokensDetails
    from .compound_filter import CompoundFilter
    from .compound_filter_type import CompoundFilterType
    from .computer_action_click import ComputerActionClick
    from .computer_action_click_button import ComputerActionClickButton
    from .computer_action_double_click import ComputerActionDoubleClick
    from .computer_action_drag import ComputerActionDrag
    from .computer_action_keypress import ComputerActionKeypress
    from .computer_action_move import ComputerActionMove
    from .computer_action_screenshot import ComputerActionScreenshot
    from .computer_action_scroll import ComputerActionScroll
    from .computer_action_type import ComputerActionType
    from .computer_action_wait import ComputerActionWait
    from .computer_call import ComputerCall
    from .computer_call_output import ComputerCallOutput
    from .computer_call_output_status_type_0 import ComputerCallOutputStatusType0
    from .computer_call_status import ComputerCallStatus
    from .computer_drag_point import ComputerDragPoint
    from .computer_safety_check import ComputerSafetyCheck
    from .computer_screenshot import ComputerScreenshot
    from .computer_tool import ComputerTool
    from .computer_use_preview_tool import ComputerUsePreviewTool
    from .computer_use_preview_tool_environment import ComputerUsePreviewToolEnvironment
    from .configuration_update import ConfigurationUpdate
    from .configuration_update_reasoning import ConfigurationUpdateReasoning
    from .configuration_update_reasoning_effort_type_0 import ConfigurationUpdateReasoningEffortType0
    from .configuration_update_text import ConfigurationUpdateText
    from .container_auto import ContainerAuto
    from .container_auto_memory_limit_type_0 import ContainerAutoMemoryLimitType0
    from .container_file_citation import ContainerFileCitation
    from .container_network_policy_allowlist import ContainerNetworkPolicyAllowlist
    from .container_network_policy_disabled import ContainerNetworkPolicyDisabled
    from .container_network_policy_domain_secret import ContainerNetworkPolicyDomainSecret
    from .container_reference import ContainerReference
    from .context_management import ContextManagement
    from .conversation_reference import ConversationReference
    from .create_chat_completion_request import CreateChatCompletionRequest
    from .create_response_request import CreateResponseRequest
    from .credential_override import CredentialOverride
    from .custom_tool import CustomTool
    from .custom_tool_allowed_callers_type_0_item import CustomToolAllowedCallersType0Item
    from .custom_tool_call import CustomToolCall
    from .custom_tool_call_output import CustomToolCallOutput
    from .custom_tool_call_output_status import CustomToolCallOutputStatus
    from .custom_tool_choice import CustomToolChoice
    from .custom_tool_grammar_format import CustomToolGrammarFormat
    from .custom_tool_grammar_format_syntax import CustomToolGrammarFormatSyntax
    from .custom_tool_text_format import CustomToolTextFormat
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
    from .file_path_annotation import FilePathAnnotation
    from .file_prompt_cache_breakpoint import FilePromptCacheBreakpoint
    from .file_prompt_cache_breakpoint_ttl import FilePromptCacheBreakpointTtl
    from .file_search_call import FileSearchCall
    from .file_search_call_status import FileSearchCallStatus
    from .file_search_hybrid_search import FileSearchHybridSearch
    from .file_search_ranking_options import FileSearchRankingOptions
    from .file_search_ranking_options_ranker import FileSearchRankingOptionsRanker
    from .file_search_result import FileSearchResult
    from .file_search_result_attributes_type_0 import FileSearchResultAttributesType0
    from .file_search_tool import FileSearchTool
    from .finish_reason import FinishReason
    from .function_call_input import FunctionCallInput
    from .function_call_item import FunctionCallItem
    from .function_call_output_input import FunctionCallOutputInput
    from .function_call_output_item import FunctionCallOutputItem
    from .function_call_output_item_status import FunctionCallOutputItemStatus
    from .function_definition import FunctionDefinition
    from .function_message import FunctionMessage
    from .function_parameters import FunctionParameters
    from .function_tool import FunctionTool
    from .function_tool_allowed_callers_type_0_item import FunctionToolAllowedCallersType0Item
    from .function_tool_choice import FunctionToolChoice
    from .function_tool_output_schema_type_0 import FunctionToolOutputSchemaType0
    from .hosted_tool_choice import HostedToolChoice
    from .hosted_tool_choice_type import HostedToolChoiceType
    from .image_generation_call import ImageGenerationCall
    from .image_generation_call_action_type_0 import ImageGenerationCallActionType0
    from .image_generation_call_background_type_0 import ImageGenerationCallBackgroundType0
    from .image_generation_call_error import ImageGenerationCallError
    from .image_generation_call_error_moderation_details import ImageGenerationCallErrorModerationDetails
    from .image_generation_call_error_moderation_details_moderation_stage import (
        ImageGenerationCallErrorModerationDetailsModerationStage,
    )
    from .image_generation_call_output_format_type_0 import ImageGenerationCallOutputFormatType0
    from .image_generation_call_quality_type_0 import ImageGenerationCallQualityType0
    from .image_generation_call_size_type_0 import ImageGenerationCallSizeType0
    from .image_generation_call_status import ImageGenerationCallStatus
    from .image_generation_call_svg_usage import ImageGenerationCallSvgUsage
    from .image_generation_mask import ImageGenerationMask
    from .image_generation_svg_options import ImageGenerationSvgOptions
    from .image_generation_svg_reasoning import ImageGenerationSvgReasoning
    from .image_generation_svg_reasoning_effort import ImageGenerationSvgReasoningEffort
    from .image_generation_tool import ImageGenerationTool
    from .image_generation_tool_action import ImageGenerationToolAction
    from .image_generation_tool_background import ImageGenerationToolBackground
    from .image_generation_tool_complexity import ImageGenerationToolComplexity
    from .image_generation_tool_input_fidelity_type_0 import ImageGenerationToolInputFidelityType0
    from .image_generation_tool_model_type_0 import ImageGenerationToolModelType0
    from .image_generation_tool_moderation import ImageGenerationToolModeration
    from .image_generation_tool_output_format import ImageGenerationToolOutputFormat
    from .image_generation_tool_quality import ImageGenerationToolQuality
    from .image_generation_tool_size_type_0 import ImageGenerationToolSizeType0
    from .image_options import ImageOptions
    from .image_options_context_compression import ImageOptionsContextCompression
    from .image_part import ImagePart
    from .image_part_image_url import ImagePartImageUrl
    from .image_part_image_url_detail import ImagePartImageUrlDetail
    from .incomplete_details import IncompleteDetails
    from .incomplete_details_reason import IncompleteDetailsReason
    from .inline_skill import InlineSkill
    from .inline_skill_source import InlineSkillSource
    from .input_file import InputFile
    from .input_file_detail import InputFileDetail
    from .input_image import InputImage
    from .input_image_detail import InputImageDetail
    from .input_message import InputMessage
    from .input_message_phase_type_0 import InputMessagePhaseType0
    from .input_message_role import InputMessageRole
    from .input_text import InputText
    from .input_transformation import InputTransformation
    from .input_transformation_reason import InputTransformationReason
    from .item_reference import ItemReference
    from .item_status import ItemStatus
    from .json_schema_format import JsonSchemaFormat
    from .load_balance_group import LoadBalanceGroup
    from .load_balance_model import LoadBalanceModel
    from .local_environment import LocalEnvironment
    from .local_shell_call import LocalShellCall
    from .local_shell_call_action import LocalShellCallAction
    from .local_shell_call_action_env import LocalShellCallActionEnv
    from .local_shell_call_output import LocalShellCallOutput
    from .local_shell_call_output_status_type_0 import LocalShellCallOutputStatusType0
    from .local_shell_call_status import LocalShellCallStatus
    from .local_shell_tool import LocalShellTool
    from .local_skill import LocalSkill
    from .mcp_approval_request import McpApprovalRequest
    from .mcp_approval_response import McpApprovalResponse
    from .mcp_call import McpCall
    from .mcp_call_status import McpCallStatus
    from .mcp_http_error import McpHttpError
    from .mcp_list_tools import McpListTools
    from .mcp_list_tools_tool import McpListToolsTool
    from .mcp_protocol_error import McpProtocolError
    from .mcp_tool import McpTool
    from .mcp_tool_allowed_callers_type_0_item import McpToolAllowedCallersType0Item
    from .mcp_tool_approval_filter import McpToolApprovalFilter
    from .mcp_tool_choice import McpToolChoice
    from .mcp_tool_connector_id import McpToolConnectorId
    from .mcp_tool_execution_error import McpToolExecutionError
    from .mcp_tool_filter import McpToolFilter
    from .mcp_tool_headers_type_0 import McpToolHeadersType0
    from .mcp_tool_require_approval_type_0 import McpToolRequireApprovalType0
    from .misalignment import Misalignment
    from .misalignment_error_type_type_0 import MisalignmentErrorTypeType0
    from .misalignment_steer import MisalignmentSteer
    from .moderation import Moderation
    from .moderation_input_error import ModerationInputError
    from .moderation_input_moderation_result import ModerationInputModerationResult
    from .moderation_input_moderation_result_categories import ModerationInputModerationResultCategories
    from .moderation_input_moderation_result_category_applied_input_types import (
        ModerationInputModerationResultCategoryAppliedInputTypes,
    )
    from .moderation_input_moderation_result_category_applied_input_types_additional_property_item import (
        ModerationInputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem,
    )
    from .moderation_input_moderation_result_category_scores import ModerationInputModerationResultCategoryScores
    from .moderation_input_moderation_results import ModerationInputModerationResults
    from .moderation_input_moderation_results_result import ModerationInputModerationResultsResult
    from .moderation_input_moderation_results_result_categories import ModerationInputModerationResultsResultCategories
    from .moderation_input_moderation_results_result_category_applied_input_types import (
        ModerationInputModerationResultsResultCategoryAppliedInputTypes,
    )
    from .moderation_input_moderation_results_result_category_applied_input_types_additional_property_item import (
        ModerationInputModerationResultsResultCategoryAppliedInputTypesAdditionalPropertyItem,
    )
    from .moderation_input_moderation_results_result_category_scores import (
        ModerationInputModerationResultsResultCategoryScores,
    )
    from .moderation_output_error import ModerationOutputError
    from .moderation_output_moderation_result import ModerationOutputModerationResult
    from .moderation_output_moderation_result_categories import ModerationOutputModerationResultCategories
    from .moderation_output_moderation_result_category_applied_input_types import (
        ModerationOutputModerationResultCategoryAppliedInputTypes,
    )
    from .moderation_output_moderation_result_category_applied_input_types_additional_property_item import (
        ModerationOutputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem,
    )
    from .moderation_output_moderation_result_category_scores import ModerationOutputModerationResultCategoryScores
    from .moderation_output_moderation_results import ModerationOutputModerationResults
    from .moderation_output_moderation_results_result import ModerationOutputModerationResultsResult
    from .moderation_output_moderation_results_result_categories import (
        ModerationOutputModerationResultsResultCategories,
    )
    from .moderation_output_moderation_results_result_category_applied_input_types import (
        ModerationOutputModerationResultsResultCategoryAppliedInputTypes,
    )
    from .moderation_output_moderation_results_result_category_applied_input_types_additional_property_item import (
        ModerationOutputModerationResultsResultCategoryAppliedInputTypesAdditionalPropertyItem,
    )
    from .moderation_output_moderation_results_result_category_scores import (
        ModerationOutputModerationResultsResultCategoryScores,
    )
    from .moderation_params import ModerationParams
    from .moderation_policy import ModerationPolicy
    from .moderation_policy_input import ModerationPolicyInput
    from .moderation_policy_input_mode import ModerationPolicyInputMode
    from .moderation_policy_output import ModerationPolicyOutput
    from .moderation_policy_output_mode import ModerationPolicyOutputMode
    from .named_tool_choice import NamedToolChoice
    from .named_tool_choice_function import NamedToolChoiceFunction
    from .namespace_function import NamespaceFunction
    from .namespace_function_allowed_callers_type_0_item import NamespaceFunctionAllowedCallersType0Item
    from .namespace_function_output_schema_type_0 import NamespaceFunctionOutputSchemaType0
    from .namespace_tool import NamespaceTool
    from .output_message import OutputMessage
    from .output_message_phase_type_0 import OutputMessagePhaseType0
    from .output_refusal import OutputRefusal
    from .output_text import OutputText
    from .program import Program
    from .program_output import ProgramOutput
    from .program_output_status import ProgramOutputStatus
    from .programmatic_tool_calling_choice import ProgrammaticToolCallingChoice
    from .programmatic_tool_calling_tool import ProgrammaticToolCallingTool
    from .prompt_cache_breakpoint import PromptCacheBreakpoint
    from .prompt_cache_breakpoint_ttl import PromptCacheBreakpointTtl
    from .prompt_cache_diagnostics_cache_hit import PromptCacheDiagnosticsCacheHit
    from .prompt_cache_diagnostics_cache_miss import PromptCacheDiagnosticsCacheMiss
    from .prompt_cache_diagnostics_cache_miss_reason import PromptCacheDiagnosticsCacheMissReason
    from .prompt_cache_diagnostics_comparison_response_not_found import PromptCacheDiagnosticsComparisonResponseNotFound
    from .prompt_cache_diagnostics_unavailable import PromptCacheDiagnosticsUnavailable
    from .prompt_cache_options import PromptCacheOptions
    from .prompt_cache_options_mode import PromptCacheOptionsMode
    from .prompt_cache_options_ttl import PromptCacheOptionsTtl
    from .prompt_params import PromptParams
    from .prompt_params_override_params import PromptParamsOverrideParams
    from .prompt_params_schema_version import PromptParamsSchemaVersion
    from .prompt_params_variables import PromptParamsVariables
    from .prompt_version_type_1 import PromptVersionType1
    from .provider_credential_object import ProviderCredentialObject
    from .provider_credentials import ProviderCredentials
    from .reasoning_config import ReasoningConfig
    from .reasoning_config_context_type_0 import ReasoningConfigContextType0
    from .reasoning_config_effort import ReasoningConfigEffort
    from .reasoning_config_generate_summary_type_0 import ReasoningConfigGenerateSummaryType0
    from .reasoning_config_mode_type_0 import ReasoningConfigModeType0
    from .reasoning_config_summary import ReasoningConfigSummary
    from .reasoning_input import ReasoningInput
    from .reasoning_input_status import ReasoningInputStatus
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
    from .response_audio_delta_event import ResponseAudioDeltaEvent
    from .response_audio_done_event import ResponseAudioDoneEvent
    from .response_audio_transcript_delta_event import ResponseAudioTranscriptDeltaEvent
    from .response_audio_transcript_done_event import ResponseAudioTranscriptDoneEvent
    from .response_code_interpreter_call_code_delta_event import ResponseCodeInterpreterCallCodeDeltaEvent
    from .response_code_interpreter_call_code_done_event import ResponseCodeInterpreterCallCodeDoneEvent
    from .response_code_interpreter_call_completed_event import ResponseCodeInterpreterCallCompletedEvent
    from .response_code_interpreter_call_in_progress_event import ResponseCodeInterpreterCallInProgressEvent
    from .response_code_interpreter_call_interpreting_event import ResponseCodeInterpreterCallInterpretingEvent
    from .response_compaction_compacting_event import ResponseCompactionCompactingEvent
    from .response_completed_event import ResponseCompletedEvent
    from .response_content_part_added_event import ResponseContentPartAddedEvent
    from .response_content_part_done_event import ResponseContentPartDoneEvent
    from .response_created_event import ResponseCreatedEvent
    from .response_custom_tool_call_input_delta_event import ResponseCustomToolCallInputDeltaEvent
    from .response_custom_tool_call_input_done_event import ResponseCustomToolCallInputDoneEvent
    from .response_error import ResponseError
    from .response_error_event import ResponseErrorEvent
    from .response_failed_event import ResponseFailedEvent
    from .response_file_search_call_completed_event import ResponseFileSearchCallCompletedEvent
    from .response_file_search_call_in_progress_event import ResponseFileSearchCallInProgressEvent
    from .response_file_search_call_searching_event import ResponseFileSearchCallSearchingEvent
    from .response_format_json_object import ResponseFormatJsonObject
    from .response_format_json_schema import ResponseFormatJsonSchema
    from .response_format_text import ResponseFormatText
    from .response_function_call_arguments_delta_event import ResponseFunctionCallArgumentsDeltaEvent
    from .response_function_call_arguments_done_event import ResponseFunctionCallArgumentsDoneEvent
    from .response_image_gen_call_completed_event import ResponseImageGenCallCompletedEvent
    from .response_image_gen_call_generating_event import ResponseImageGenCallGeneratingEvent
    from .response_image_gen_call_in_progress_event import ResponseImageGenCallInProgressEvent
    from .response_image_gen_call_partial_image_event import ResponseImageGenCallPartialImageEvent
    from .response_in_progress_event import ResponseInProgressEvent
    from .response_incomplete_event import ResponseIncompleteEvent
    from .response_logprob import ResponseLogprob
    from .response_logprob_top_logprobs_item import ResponseLogprobTopLogprobsItem
    from .response_mcp_call_arguments_delta_event import ResponseMcpCallArgumentsDeltaEvent
    from .response_mcp_call_arguments_done_event import ResponseMcpCallArgumentsDoneEvent
    from .response_mcp_call_completed_event import ResponseMcpCallCompletedEvent
    from .response_mcp_call_failed_event import ResponseMcpCallFailedEvent
    from .response_mcp_call_in_progress_event import ResponseMcpCallInProgressEvent
    from .response_mcp_list_tools_completed_event import ResponseMcpListToolsCompletedEvent
    from .response_mcp_list_tools_failed_event import ResponseMcpListToolsFailedEvent
    from .response_mcp_list_tools_in_progress_event import ResponseMcpListToolsInProgressEvent
    from .response_metadata import ResponseMetadata
    from .response_output_item_added_event import ResponseOutputItemAddedEvent
    from .response_output_item_done_event import ResponseOutputItemDoneEvent
    from .response_output_text_annotation_added_event import ResponseOutputTextAnnotationAddedEvent
    from .response_output_text_delta_event import ResponseOutputTextDeltaEvent
    from .response_output_text_done_event import ResponseOutputTextDoneEvent
    from .response_params import ResponseParams
    from .response_params_include_item import ResponseParamsIncludeItem
    from .response_params_prompt_cache_retention_type_0 import ResponseParamsPromptCacheRetentionType0
    from .response_params_service_tier import ResponseParamsServiceTier
    from .response_params_stream_options import ResponseParamsStreamOptions
    from .response_params_truncation import ResponseParamsTruncation
    from .response_prompt import ResponsePrompt
    from .response_prompt_cache_retention_type_0 import ResponsePromptCacheRetentionType0
    from .response_prompt_variables_type_0 import ResponsePromptVariablesType0
    from .response_queued_event import ResponseQueuedEvent
    from .response_reasoning_summary_part_added_event import ResponseReasoningSummaryPartAddedEvent
    from .response_reasoning_summary_part_done_event import ResponseReasoningSummaryPartDoneEvent
    from .response_reasoning_summary_text_delta_event import ResponseReasoningSummaryTextDeltaEvent
    from .response_reasoning_summary_text_done_event import ResponseReasoningSummaryTextDoneEvent
    from .response_reasoning_text_delta_event import ResponseReasoningTextDeltaEvent
    from .response_reasoning_text_done_event import ResponseReasoningTextDoneEvent
    from .response_refusal_delta_event import ResponseRefusalDeltaEvent
    from .response_refusal_done_event import ResponseRefusalDoneEvent
    from .response_service_tier_type_0 import ResponseServiceTierType0
    from .response_shell_call_command_added_event import ResponseShellCallCommandAddedEvent
    from .response_shell_call_command_delta_event import ResponseShellCallCommandDeltaEvent
    from .response_shell_call_command_done_event import ResponseShellCallCommandDoneEvent
    from .response_shell_call_output_content_delta_event import ResponseShellCallOutputContentDeltaEvent
    from .response_shell_call_output_content_done_event import ResponseShellCallOutputContentDoneEvent
    from .response_status import ResponseStatus
    from .response_stream_sse_event import ResponseStreamSseEvent
    from .response_text_config import ResponseTextConfig
    from .response_text_config_verbosity import ResponseTextConfigVerbosity
    from .response_tool_choice_type_0 import ResponseToolChoiceType0
    from .response_usage import ResponseUsage
    from .response_usage_input_tokens_details import ResponseUsageInputTokensDetails
    from .response_usage_input_tokens_details_cache_write_tokens_details import (
        ResponseUsageInputTokensDetailsCacheWriteTokensDetails,
    )
    from .response_usage_output_tokens_details import ResponseUsageOutputTokensDetails
    from .response_web_search_call_completed_event import ResponseWebSearchCallCompletedEvent
    from .response_web_search_call_in_progress_event import ResponseWebSearchCallInProgressEvent
    from .response_web_search_call_searching_event import ResponseWebSearchCallSearchingEvent
    from .retry_params import RetryParams
    from .shell_call import ShellCall
    from .shell_call_action import ShellCallAction
    from .shell_call_outcome_exit import ShellCallOutcomeExit
    from .shell_call_outcome_timeout import ShellCallOutcomeTimeout
    from .shell_call_output import ShellCallOutput
    from .shell_call_output_content import ShellCallOutputContent
    from .shell_call_output_content_delta import ShellCallOutputContentDelta
    from .shell_call_output_status_type_0 import ShellCallOutputStatusType0
    from .shell_call_status_type_0 import ShellCallStatusType0
    from .shell_tool import ShellTool
    from .shell_tool_allowed_callers_type_0_item import ShellToolAllowedCallersType0Item
    from .shell_tool_choice import ShellToolChoice
    from .skill_reference import SkillReference
    from .summary_text import SummaryText
    from .system_message import SystemMessage
    from .text_format_json_schema import TextFormatJsonSchema
    from .text_part import TextPart
    from .token_logprob import TokenLogprob
    from .tool_call import ToolCall
    from .tool_call_delta import ToolCallDelta
    from .tool_call_delta_custom import ToolCallDeltaCustom
    from .tool_call_delta_function import ToolCallDeltaFunction
    from .tool_call_delta_type import ToolCallDeltaType
    from .tool_call_function import ToolCallFunction
    from .tool_caller_direct import ToolCallerDirect
    from .tool_caller_program import ToolCallerProgram
    from .tool_message import ToolMessage
    from .tool_search_call import ToolSearchCall
    from .tool_search_call_execution import ToolSearchCallExecution
    from .tool_search_call_status_type_0 import ToolSearchCallStatusType0
    from .tool_search_output import ToolSearchOutput
    from .tool_search_output_execution import ToolSearchOutputExecution
    from .tool_search_output_status_type_0 import ToolSearchOutputStatusType0
    from .tool_search_tool import ToolSearchTool
    from .tool_search_tool_execution import ToolSearchToolExecution
    from .tool_usage import ToolUsage
    from .tool_usage_image_gen import ToolUsageImageGen
    from .tool_usage_image_gen_cached_tokens_details import ToolUsageImageGenCachedTokensDetails
    from .tool_usage_image_gen_input_tokens_details import ToolUsageImageGenInputTokensDetails
    from .tool_usage_image_gen_output_tokens_details import ToolUsageImageGenOutputTokensDetails
    from .tool_usage_web_search import ToolUsageWebSearch
    from .top_logprob import TopLogprob
    from .unknown_annotation import UnknownAnnotation
    from .unknown_assistant_content_part import UnknownAssistantContentPart
    from .unknown_chat_response_format import UnknownChatResponseFormat
    from .unknown_chat_tool import UnknownChatTool
    from .unknown_chat_tool_call import UnknownChatToolCall
    from .unknown_chat_tool_choice import UnknownChatToolChoice
    from .unknown_function_output_content import UnknownFunctionOutputContent
    from .unknown_input_content_part import UnknownInputContentPart
    from .unknown_input_item import UnknownInputItem
    from .unknown_output_content import UnknownOutputContent
    from .unknown_output_item import UnknownOutputItem
    from .unknown_response_stream_event import UnknownResponseStreamEvent
    from .unknown_response_text_format import UnknownResponseTextFormat
    from .unknown_response_tool import UnknownResponseTool
    from .unknown_response_tool_choice import UnknownResponseToolChoice
    from .unknown_user_content_part import UnknownUserContentPart
    from .upstream_attempt import UpstreamAttempt
    from .upstream_attempt_status import UpstreamAttemptStatus
    from .url_citation import UrlCitation
    from .user_message import UserMessage
    from .web_search_action_find import WebSearchActionFind
    from .web_search_action_open_page import WebSearchActionOpenPage
    from .web_search_action_search import WebSearchActionSearch
    from .web_search_call import WebSearchCall
    from .web_search_call_status import WebSearchCallStatus
    from .web_search_filters import WebSearchFilters
    from .web_search_preview_tool import WebSearchPreviewTool
    from .web_search_preview_tool_search_content_types_item import WebSearchPreviewToolSearchContentTypesItem
    from .web_search_preview_tool_search_context_size import WebSearchPreviewToolSearchContextSize
    from .web_search_preview_tool_type import WebSearchPreviewToolType
    from .web_search_source import WebSearchSource
    from .web_search_tool import WebSearchTool
    from .web_search_tool_search_context_size import WebSearchToolSearchContextSize
    from .web_search_tool_type import WebSearchToolType
    from .web_search_user_location import WebSearchUserLocation

# model name -> the module that defines it
_MODULES: dict[str, str] = {
    "AccessPrograms": ".access_programs",
    "AccessProgramsCyber": ".access_programs_cyber",
    "AdditionalTools": ".additional_tools",
    "AdditionalToolsRole": ".additional_tools_role",
    "AllowedToolsChoice": ".allowed_tools_choice",
    "AllowedToolsChoiceMode": ".allowed_tools_choice_mode",
    "AllowedToolsChoiceToolsItem": ".allowed_tools_choice_tools_item",
    "ApplyPatchCall": ".apply_patch_call",
    "ApplyPatchCallOutput": ".apply_patch_call_output",
    "ApplyPatchCallOutputStatus": ".apply_patch_call_output_status",
    "ApplyPatchCallStatus": ".apply_patch_call_status",
    "ApplyPatchCreateFile": ".apply_patch_create_file",
    "ApplyPatchDeleteFile": ".apply_patch_delete_file",
    "ApplyPatchTool": ".apply_patch_tool",
    "ApplyPatchToolAllowedCallersType0Item": ".apply_patch_tool_allowed_callers_type_0_item",
    "ApplyPatchToolChoice": ".apply_patch_tool_choice",
    "ApplyPatchUpdateFile": ".apply_patch_update_file",
    "AssistantMessage": ".assistant_message",
    "AudioPart": ".audio_part",
    "AudioPartInputAudio": ".audio_part_input_audio",
    "AudioPartInputAudioFormat": ".audio_part_input_audio_format",
    "BackgroundOptions": ".background_options",
    "BackgroundOptionsCompletionWindow": ".background_options_completion_window",
    "CacheOptions": ".cache_options",
    "ChatAllowedTools": ".chat_allowed_tools",
    "ChatAllowedToolsChoice": ".chat_allowed_tools_choice",
    "ChatAllowedToolsMode": ".chat_allowed_tools_mode",
    "ChatAllowedToolsToolsItem": ".chat_allowed_tools_tools_item",
    "ChatAnnotation": ".chat_annotation",
    "ChatAudioCustomVoice": ".chat_audio_custom_voice",
    "ChatAudioParams": ".chat_audio_params",
    "ChatAudioParamsFormat": ".chat_audio_params_format",
    "ChatAudioParamsVoiceType0": ".chat_audio_params_voice_type_0",
    "ChatAudioReference": ".chat_audio_reference",
    "ChatCompletion": ".chat_completion",
    "ChatCompletionAudio": ".chat_completion_audio",
    "ChatCompletionChoice": ".chat_completion_choice",
    "ChatCompletionChunk": ".chat_completion_chunk",
    "ChatCompletionChunkChoice": ".chat_completion_chunk_choice",
    "ChatCompletionDelta": ".chat_completion_delta",
    "ChatCompletionDeltaAudio": ".chat_completion_delta_audio",
    "ChatCompletionDeltaRole": ".chat_completion_delta_role",
    "ChatCompletionMessage": ".chat_completion_message",
    "ChatCompletionMetadataType0": ".chat_completion_metadata_type_0",
    "ChatCompletionParams": ".chat_completion_params",
    "ChatCompletionParamsFunctionCallType0": ".chat_completion_params_function_call_type_0",
    "ChatCompletionParamsLogitBias": ".chat_completion_params_logit_bias",
    "ChatCompletionParamsModalitiesType0Item": ".chat_completion_params_modalities_type_0_item",
    "ChatCompletionParamsPromptCacheRetentionType0": ".chat_completion_params_prompt_cache_retention_type_0",
    "ChatCompletionParamsReasoningEffort": ".chat_completion_params_reasoning_effort",
    "ChatCompletionParamsServiceTier": ".chat_completion_params_service_tier",
    "ChatCompletionParamsVerbosityType0": ".chat_completion_params_verbosity_type_0",
    "ChatCompletionStreamEvent": ".chat_completion_stream_event",
    "ChatCustomTool": ".chat_custom_tool",
    "ChatCustomToolCall": ".chat_custom_tool_call",
    "ChatCustomToolCallBody": ".chat_custom_tool_call_body",
    "ChatCustomToolDefinition": ".chat_custom_tool_definition",
    "ChatCustomToolGrammar": ".chat_custom_tool_grammar",
    "ChatCustomToolGrammarFormat": ".chat_custom_tool_grammar_format",
    "ChatCustomToolGrammarSyntax": ".chat_custom_tool_grammar_syntax",
    "ChatCustomToolTextFormat": ".chat_custom_tool_text_format",
    "ChatFunctionCall": ".chat_function_call",
    "ChatFunctionCallDelta": ".chat_function_call_delta",
    "ChatFunctionCallOption": ".chat_function_call_option",
    "ChatModeration": ".chat_moderation",
    "ChatNamedCustomTool": ".chat_named_custom_tool",
    "ChatNamedCustomToolChoice": ".chat_named_custom_tool_choice",
    "ChatPrediction": ".chat_prediction",
    "ChatStreamOptions": ".chat_stream_options",
    "ChatTool": ".chat_tool",
    "ChatToolChoiceType0": ".chat_tool_choice_type_0",
    "ChatUrlCitation": ".chat_url_citation",
    "ChatWebSearchApproximateLocation": ".chat_web_search_approximate_location",
    "ChatWebSearchOptions": ".chat_web_search_options",
    "ChatWebSearchOptionsSearchContextSize": ".chat_web_search_options_search_context_size",
    "ChatWebSearchUserLocation": ".chat_web_search_user_location",
    "ChoiceLogprobs": ".choice_logprobs",
    "CodeInterpreterCall": ".code_interpreter_call",
    "CodeInterpreterCallStatus": ".code_interpreter_call_status",
    "CodeInterpreterContainerAuto": ".code_interpreter_container_auto",
    "CodeInterpreterContainerAutoMemoryLimitType0": ".code_interpreter_container_auto_memory_limit_type_0",
    "CodeInterpreterOutputImage": ".code_interpreter_output_image",
    "CodeInterpreterOutputLogs": ".code_interpreter_output_logs",
    "CodeInterpreterTool": ".code_interpreter_tool",
    "CodeInterpreterToolAllowedCallersType0Item": ".code_interpreter_tool_allowed_callers_type_0_item",
    "CompactionItem": ".compaction_item",
    "CompactionTrigger": ".compaction_trigger",
    "ComparisonFilter": ".comparison_filter",
    "ComparisonFilterType": ".comparison_filter_type",
    "CompletionUsage": ".completion_usage",
    "CompletionUsageCompletionTokensDetails": ".completion_usage_completion_tokens_details",
    "CompletionUsagePromptTokensDetails": ".completion_usage_prompt_tokens_details",
    "CompoundFilter": ".compound_filter",
    "CompoundFilterType": ".compound_filter_type",
    "ComputerActionClick": ".computer_action_click",
    "ComputerActionClickButton": ".computer_action_click_button",
    "ComputerActionDoubleClick": ".computer_action_double_click",
    "ComputerActionDrag": ".computer_action_drag",
    "ComputerActionKeypress": ".computer_action_keypress",
    "ComputerActionMove": ".computer_action_move",
    "ComputerActionScreenshot": ".computer_action_screenshot",
    "ComputerActionScroll": ".computer_action_scroll",
    "ComputerActionType": ".computer_action_type",
    "ComputerActionWait": ".computer_action_wait",
    "ComputerCall": ".computer_call",
    "ComputerCallOutput": ".computer_call_output",
    "ComputerCallOutputStatusType0": ".computer_call_output_status_type_0",
    "ComputerCallStatus": ".computer_call_status",
    "ComputerDragPoint": ".computer_drag_point",
    "ComputerSafetyCheck": ".computer_safety_check",
    "ComputerScreenshot": ".computer_screenshot",
    "ComputerTool": ".computer_tool",
    "ComputerUsePreviewTool": ".computer_use_preview_tool",
    "ComputerUsePreviewToolEnvironment": ".computer_use_preview_tool_environment",
    "ConfigurationUpdate": ".configuration_update",
    "ConfigurationUpdateReasoning": ".configuration_update_reasoning",
    "ConfigurationUpdateReasoningEffortType0": ".configuration_update_reasoning_effort_type_0",
    "ConfigurationUpdateText": ".configuration_update_text",
    "ContainerAuto": ".container_auto",
    "ContainerAutoMemoryLimitType0": ".container_auto_memory_limit_type_0",
    "ContainerFileCitation": ".container_file_citation",
    "ContainerNetworkPolicyAllowlist": ".container_network_policy_allowlist",
    "ContainerNetworkPolicyDisabled": ".container_network_policy_disabled",
    "ContainerNetworkPolicyDomainSecret": ".container_network_policy_domain_secret",
    "ContainerReference": ".container_reference",
    "ContextManagement": ".context_management",
    "ConversationReference": ".conversation_reference",
    "CreateChatCompletionRequest": ".create_chat_completion_request",
    "CreateResponseRequest": ".create_response_request",
    "CredentialOverride": ".credential_override",
    "CustomTool": ".custom_tool",
    "CustomToolAllowedCallersType0Item": ".custom_tool_allowed_callers_type_0_item",
    "CustomToolCall": ".custom_tool_call",
    "CustomToolCallOutput": ".custom_tool_call_output",
    "CustomToolCallOutputStatus": ".custom_tool_call_output_status",
    "CustomToolChoice": ".custom_tool_choice",
    "CustomToolGrammarFormat": ".custom_tool_grammar_format",
    "CustomToolGrammarFormatSyntax": ".custom_tool_grammar_format_syntax",
    "CustomToolTextFormat": ".custom_tool_text_format",
    "CustomerParams": ".customer_params",
    "CustomerParamsBudgetDuration": ".customer_params_budget_duration",
    "CustomerParamsMetadata": ".customer_params_metadata",
    "DeveloperMessage": ".developer_message",
    "Error": ".error",
    "ErrorResponse": ".error_response",
    "ErrorType": ".error_type",
    "FileCitation": ".file_citation",
    "FilePart": ".file_part",
    "FilePartFile": ".file_part_file",
    "FilePathAnnotation": ".file_path_annotation",
    "FilePromptCacheBreakpoint": ".file_prompt_cache_breakpoint",
    "FilePromptCacheBreakpointTtl": ".file_prompt_cache_breakpoint_ttl",
    "FileSearchCall": ".file_search_call",
    "FileSearchCallStatus": ".file_search_call_status",
    "FileSearchHybridSearch": ".file_search_hybrid_search",
    "FileSearchRankingOptions": ".file_search_ranking_options",
    "FileSearchRankingOptionsRanker": ".file_search_ranking_options_ranker",
    "FileSearchResult": ".file_search_result",
    "FileSearchResultAttributesType0": ".file_search_result_attributes_type_0",
    "FileSearchTool": ".file_search_tool",
    "FinishReason": ".finish_reason",
    "FunctionCallInput": ".function_call_input",
    "FunctionCallItem": ".function_call_item",
    "FunctionCallOutputInput": ".function_call_output_input",
    "FunctionCallOutputItem": ".function_call_output_item",
    "FunctionCallOutputItemStatus": ".function_call_output_item_status",
    "FunctionDefinition": ".function_definition",
    "FunctionMessage": ".function_message",
    "FunctionParameters": ".function_parameters",
    "FunctionTool": ".function_tool",
    "FunctionToolAllowedCallersType0Item": ".function_tool_allowed_callers_type_0_item",
    "FunctionToolChoice": ".function_tool_choice",
    "FunctionToolOutputSchemaType0": ".function_tool_output_schema_type_0",
    "HostedToolChoice": ".hosted_tool_choice",
    "HostedToolChoiceType": ".hosted_tool_choice_type",
    "ImageGenerationCall": ".image_generation_call",
    "ImageGenerationCallActionType0": ".image_generation_call_action_type_0",
    "ImageGenerationCallBackgroundType0": ".image_generation_call_background_type_0",
    "ImageGenerationCallError": ".image_generation_call_error",
    "ImageGenerationCallErrorModerationDetails": ".image_generation_call_error_moderation_details",
    "ImageGenerationCallErrorModerationDetailsModerationStage": ".image_generation_call_error_moderation_details_moderation_stage",
    "ImageGenerationCallOutputFormatType0": ".image_generation_call_output_format_type_0",
    "ImageGenerationCallQualityType0": ".image_generation_call_quality_type_0",
    "ImageGenerationCallSizeType0": ".image_generation_call_size_type_0",
    "ImageGenerationCallStatus": ".image_generation_call_status",
    "ImageGenerationCallSvgUsage": ".image_generation_call_svg_usage",
    "ImageGenerationMask": ".image_generation_mask",
    "ImageGenerationSvgOptions": ".image_generation_svg_options",
    "ImageGenerationSvgReasoning": ".image_generation_svg_reasoning",
    "ImageGenerationSvgReasoningEffort": ".image_generation_svg_reasoning_effort",
    "ImageGenerationTool": ".image_generation_tool",
    "ImageGenerationToolAction": ".image_generation_tool_action",
    "ImageGenerationToolBackground": ".image_generation_tool_background",
    "ImageGenerationToolComplexity": ".image_generation_tool_complexity",
    "ImageGenerationToolInputFidelityType0": ".image_generation_tool_input_fidelity_type_0",
    "ImageGenerationToolModelType0": ".image_generation_tool_model_type_0",
    "ImageGenerationToolModeration": ".image_generation_tool_moderation",
    "ImageGenerationToolOutputFormat": ".image_generation_tool_output_format",
    "ImageGenerationToolQuality": ".image_generation_tool_quality",
    "ImageGenerationToolSizeType0": ".image_generation_tool_size_type_0",
    "ImageOptions": ".image_options",
    "ImageOptionsContextCompression": ".image_options_context_compression",
    "ImagePart": ".image_part",
    "ImagePartImageUrl": ".image_part_image_url",
    "ImagePartImageUrlDetail": ".image_part_image_url_detail",
    "IncompleteDetails": ".incomplete_details",
    "IncompleteDetailsReason": ".incomplete_details_reason",
    "InlineSkill": ".inline_skill",
    "InlineSkillSource": ".inline_skill_source",
    "InputFile": ".input_file",
    "InputFileDetail": ".input_file_detail",
    "InputImage": ".input_image",
    "InputImageDetail": ".input_image_detail",
    "InputMessage": ".input_message",
    "InputMessagePhaseType0": ".input_message_phase_type_0",
    "InputMessageRole": ".input_message_role",
    "InputText": ".input_text",
    "InputTransformation": ".input_transformation",
    "InputTransformationReason": ".input_transformation_reason",
    "ItemReference": ".item_reference",
    "ItemStatus": ".item_status",
    "JsonSchemaFormat": ".json_schema_format",
    "LoadBalanceGroup": ".load_balance_group",
    "LoadBalanceModel": ".load_balance_model",
    "LocalEnvironment": ".local_environment",
    "LocalShellCall": ".local_shell_call",
    "LocalShellCallAction": ".local_shell_call_action",
    "LocalShellCallActionEnv": ".local_shell_call_action_env",
    "LocalShellCallOutput": ".local_shell_call_output",
    "LocalShellCallOutputStatusType0": ".local_shell_call_output_status_type_0",
    "LocalShellCallStatus": ".local_shell_call_status",
    "LocalShellTool": ".local_shell_tool",
    "LocalSkill": ".local_skill",
    "McpApprovalRequest": ".mcp_approval_request",
    "McpApprovalResponse": ".mcp_approval_response",
    "McpCall": ".mcp_call",
    "McpCallStatus": ".mcp_call_status",
    "McpHttpError": ".mcp_http_error",
    "McpListTools": ".mcp_list_tools",
    "McpListToolsTool": ".mcp_list_tools_tool",
    "McpProtocolError": ".mcp_protocol_error",
    "McpTool": ".mcp_tool",
    "McpToolAllowedCallersType0Item": ".mcp_tool_allowed_callers_type_0_item",
    "McpToolApprovalFilter": ".mcp_tool_approval_filter",
    "McpToolChoice": ".mcp_tool_choice",
    "McpToolConnectorId": ".mcp_tool_connector_id",
    "McpToolExecutionError": ".mcp_tool_execution_error",
    "McpToolFilter": ".mcp_tool_filter",
    "McpToolHeadersType0": ".mcp_tool_headers_type_0",
    "McpToolRequireApprovalType0": ".mcp_tool_require_approval_type_0",
    "Misalignment": ".misalignment",
    "MisalignmentErrorTypeType0": ".misalignment_error_type_type_0",
    "MisalignmentSteer": ".misalignment_steer",
    "Moderation": ".moderation",
    "ModerationInputError": ".moderation_input_error",
    "ModerationInputModerationResult": ".moderation_input_moderation_result",
    "ModerationInputModerationResultCategories": ".moderation_input_moderation_result_categories",
    "ModerationInputModerationResultCategoryAppliedInputTypes": ".moderation_input_moderation_result_category_applied_input_types",
    "ModerationInputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem": ".moderation_input_moderation_result_category_applied_input_types_additional_property_item",
    "ModerationInputModerationResultCategoryScores": ".moderation_input_moderation_result_category_scores",
    "ModerationInputModerationResults": ".moderation_input_moderation_results",
    "ModerationInputModerationResultsResult": ".moderation_input_moderation_results_result",
    "ModerationInputModerationResultsResultCategories": ".moderation_input_moderation_results_result_categories",
    "ModerationInputModerationResultsResultCategoryAppliedInputTypes": ".moderation_input_moderation_results_result_category_applied_input_types",
    "ModerationInputModerationResultsResultCategoryAppliedInputTypesAdditionalPropertyItem": ".moderation_input_moderation_results_result_category_applied_input_types_additional_property_item",
    "ModerationInputModerationResultsResultCategoryScores": ".moderation_input_moderation_results_result_category_scores",
    "ModerationOutputError": ".moderation_output_error",
    "ModerationOutputModerationResult": ".moderation_output_moderation_result",
    "ModerationOutputModerationResultCategories": ".moderation_output_moderation_result_categories",
    "ModerationOutputModerationResultCategoryAppliedInputTypes": ".moderation_output_moderation_result_category_applied_input_types",
    "ModerationOutputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem": ".moderation_output_moderation_result_category_applied_input_types_additional_property_item",
    "ModerationOutputModerationResultCategoryScores": ".moderation_output_moderation_result_category_scores",
    "ModerationOutputModerationResults": ".moderation_output_moderation_results",
    "ModerationOutputModerationResultsResult": ".moderation_output_moderation_results_result",
    "ModerationOutputModerationResultsResultCategories": ".moderation_output_moderation_results_result_categories",
    "ModerationOutputModerationResultsResultCategoryAppliedInputTypes": ".moderation_output_moderation_results_result_category_applied_input_types",
    "ModerationOutputModerationResultsResultCategoryAppliedInputTypesAdditionalPropertyItem": ".moderation_output_moderation_results_result_category_applied_input_types_additional_property_item",
    "ModerationOutputModerationResultsResultCategoryScores": ".moderation_output_moderation_results_result_category_scores",
    "ModerationParams": ".moderation_params",
    "ModerationPolicy": ".moderation_policy",
    "ModerationPolicyInput": ".moderation_policy_input",
    "ModerationPolicyInputMode": ".moderation_policy_input_mode",
    "ModerationPolicyOutput": ".moderation_policy_output",
    "ModerationPolicyOutputMode": ".moderation_policy_output_mode",
    "NamedToolChoice": ".named_tool_choice",
    "NamedToolChoiceFunction": ".named_tool_choice_function",
    "NamespaceFunction": ".namespace_function",
    "NamespaceFunctionAllowedCallersType0Item": ".namespace_function_allowed_callers_type_0_item",
    "NamespaceFunctionOutputSchemaType0": ".namespace_function_output_schema_type_0",
    "NamespaceTool": ".namespace_tool",
    "OutputMessage": ".output_message",
    "OutputMessagePhaseType0": ".output_message_phase_type_0",
    "OutputRefusal": ".output_refusal",
    "OutputText": ".output_text",
    "Program": ".program",
    "ProgramOutput": ".program_output",
    "ProgramOutputStatus": ".program_output_status",
    "ProgrammaticToolCallingChoice": ".programmatic_tool_calling_choice",
    "ProgrammaticToolCallingTool": ".programmatic_tool_calling_tool",
    "PromptCacheBreakpoint": ".prompt_cache_breakpoint",
    "PromptCacheBreakpointTtl": ".prompt_cache_breakpoint_ttl",
    "PromptCacheDiagnosticsCacheHit": ".prompt_cache_diagnostics_cache_hit",
    "PromptCacheDiagnosticsCacheMiss": ".prompt_cache_diagnostics_cache_miss",
    "PromptCacheDiagnosticsCacheMissReason": ".prompt_cache_diagnostics_cache_miss_reason",
    "PromptCacheDiagnosticsComparisonResponseNotFound": ".prompt_cache_diagnostics_comparison_response_not_found",
    "PromptCacheDiagnosticsUnavailable": ".prompt_cache_diagnostics_unavailable",
    "PromptCacheOptions": ".prompt_cache_options",
    "PromptCacheOptionsMode": ".prompt_cache_options_mode",
    "PromptCacheOptionsTtl": ".prompt_cache_options_ttl",
    "PromptParams": ".prompt_params",
    "PromptParamsOverrideParams": ".prompt_params_override_params",
    "PromptParamsSchemaVersion": ".prompt_params_schema_version",
    "PromptParamsVariables": ".prompt_params_variables",
    "PromptVersionType1": ".prompt_version_type_1",
    "ProviderCredentialObject": ".provider_credential_object",
    "ProviderCredentials": ".provider_credentials",
    "ReasoningConfig": ".reasoning_config",
    "ReasoningConfigContextType0": ".reasoning_config_context_type_0",
    "ReasoningConfigEffort": ".reasoning_config_effort",
    "ReasoningConfigGenerateSummaryType0": ".reasoning_config_generate_summary_type_0",
    "ReasoningConfigModeType0": ".reasoning_config_mode_type_0",
    "ReasoningConfigSummary": ".reasoning_config_summary",
    "ReasoningInput": ".reasoning_input",
    "ReasoningInputStatus": ".reasoning_input_status",
    "ReasoningItem": ".reasoning_item",
    "ReasoningText": ".reasoning_text",
    "RefusalPart": ".refusal_part",
    "RequestBreakdown": ".request_breakdown",
    "RespanParamContainers": ".respan_param_containers",
    "RespanParams": ".respan_params",
    "RespanParamsMetadata": ".respan_params_metadata",
    "RespanParamsModelNameMap": ".respan_params_model_name_map",
    "RespanParamsProperties": ".respan_params_properties",
    "Response": ".response",
    "ResponseAudioDeltaEvent": ".response_audio_delta_event",
    "ResponseAudioDoneEvent": ".response_audio_done_event",
    "ResponseAudioTranscriptDeltaEvent": ".response_audio_transcript_delta_event",
    "ResponseAudioTranscriptDoneEvent": ".response_audio_transcript_done_event",
    "ResponseCodeInterpreterCallCodeDeltaEvent": ".response_code_interpreter_call_code_delta_event",
    "ResponseCodeInterpreterCallCodeDoneEvent": ".response_code_interpreter_call_code_done_event",
    "ResponseCodeInterpreterCallCompletedEvent": ".response_code_interpreter_call_completed_event",
    "ResponseCodeInterpreterCallInProgressEvent": ".response_code_interpreter_call_in_progress_event",
    "ResponseCodeInterpreterCallInterpretingEvent": ".response_code_interpreter_call_interpreting_event",
    "ResponseCompactionCompactingEvent": ".response_compaction_compacting_event",
    "ResponseCompletedEvent": ".response_completed_event",
    "ResponseContentPartAddedEvent": ".response_content_part_added_event",
    "ResponseContentPartDoneEvent": ".response_content_part_done_event",
    "ResponseCreatedEvent": ".response_created_event",
    "ResponseCustomToolCallInputDeltaEvent": ".response_custom_tool_call_input_delta_event",
    "ResponseCustomToolCallInputDoneEvent": ".response_custom_tool_call_input_done_event",
    "ResponseError": ".response_error",
    "ResponseErrorEvent": ".response_error_event",
    "ResponseFailedEvent": ".response_failed_event",
    "ResponseFileSearchCallCompletedEvent": ".response_file_search_call_completed_event",
    "ResponseFileSearchCallInProgressEvent": ".response_file_search_call_in_progress_event",
    "ResponseFileSearchCallSearchingEvent": ".response_file_search_call_searching_event",
    "ResponseFormatJsonObject": ".response_format_json_object",
    "ResponseFormatJsonSchema": ".response_format_json_schema",
    "ResponseFormatText": ".response_format_text",
    "ResponseFunctionCallArgumentsDeltaEvent": ".response_function_call_arguments_delta_event",
    "ResponseFunctionCallArgumentsDoneEvent": ".response_function_call_arguments_done_event",
    "ResponseImageGenCallCompletedEvent": ".response_image_gen_call_completed_event",
    "ResponseImageGenCallGeneratingEvent": ".response_image_gen_call_generating_event",
    "ResponseImageGenCallInProgressEvent": ".response_image_gen_call_in_progress_event",
    "ResponseImageGenCallPartialImageEvent": ".response_image_gen_call_partial_image_event",
    "ResponseInProgressEvent": ".response_in_progress_event",
    "ResponseIncompleteEvent": ".response_incomplete_event",
    "ResponseLogprob": ".response_logprob",
    "ResponseLogprobTopLogprobsItem": ".response_logprob_top_logprobs_item",
    "ResponseMcpCallArgumentsDeltaEvent": ".response_mcp_call_arguments_delta_event",
    "ResponseMcpCallArgumentsDoneEvent": ".response_mcp_call_arguments_done_event",
    "ResponseMcpCallCompletedEvent": ".response_mcp_call_completed_event",
    "ResponseMcpCallFailedEvent": ".response_mcp_call_failed_event",
    "ResponseMcpCallInProgressEvent": ".response_mcp_call_in_progress_event",
    "ResponseMcpListToolsCompletedEvent": ".response_mcp_list_tools_completed_event",
    "ResponseMcpListToolsFailedEvent": ".response_mcp_list_tools_failed_event",
    "ResponseMcpListToolsInProgressEvent": ".response_mcp_list_tools_in_progress_event",
    "ResponseMetadata": ".response_metadata",
    "ResponseOutputItemAddedEvent": ".response_output_item_added_event",
    "ResponseOutputItemDoneEvent": ".response_output_item_done_event",
    "ResponseOutputTextAnnotationAddedEvent": ".response_output_text_annotation_added_event",
    "ResponseOutputTextDeltaEvent": ".response_output_text_delta_event",
    "ResponseOutputTextDoneEvent": ".response_output_text_done_event",
    "ResponseParams": ".response_params",
    "ResponseParamsIncludeItem": ".response_params_include_item",
    "ResponseParamsPromptCacheRetentionType0": ".response_params_prompt_cache_retention_type_0",
    "ResponseParamsServiceTier": ".response_params_service_tier",
    "ResponseParamsStreamOptions": ".response_params_stream_options",
    "ResponseParamsTruncation": ".response_params_truncation",
    "ResponsePrompt": ".response_prompt",
    "ResponsePromptCacheRetentionType0": ".response_prompt_cache_retention_type_0",
    "ResponsePromptVariablesType0": ".response_prompt_variables_type_0",
    "ResponseQueuedEvent": ".response_queued_event",
    "ResponseReasoningSummaryPartAddedEvent": ".response_reasoning_summary_part_added_event",
    "ResponseReasoningSummaryPartDoneEvent": ".response_reasoning_summary_part_done_event",
    "ResponseReasoningSummaryTextDeltaEvent": ".response_reasoning_summary_text_delta_event",
    "ResponseReasoningSummaryTextDoneEvent": ".response_reasoning_summary_text_done_event",
    "ResponseReasoningTextDeltaEvent": ".response_reasoning_text_delta_event",
    "ResponseReasoningTextDoneEvent": ".response_reasoning_text_done_event",
    "ResponseRefusalDeltaEvent": ".response_refusal_delta_event",
    "ResponseRefusalDoneEvent": ".response_refusal_done_event",
    "ResponseServiceTierType0": ".response_service_tier_type_0",
    "ResponseShellCallCommandAddedEvent": ".response_shell_call_command_added_event",
    "ResponseShellCallCommandDeltaEvent": ".response_shell_call_command_delta_event",
    "ResponseShellCallCommandDoneEvent": ".response_shell_call_command_done_event",
    "ResponseShellCallOutputContentDeltaEvent": ".response_shell_call_output_content_delta_event",
    "ResponseShellCallOutputContentDoneEvent": ".response_shell_call_output_content_done_event",
    "ResponseStatus": ".response_status",
    "ResponseStreamSseEvent": ".response_stream_sse_event",
    "ResponseTextConfig": ".response_text_config",
    "ResponseTextConfigVerbosity": ".response_text_config_verbosity",
    "ResponseToolChoiceType0": ".response_tool_choice_type_0",
    "ResponseUsage": ".response_usage",
    "ResponseUsageInputTokensDetails": ".response_usage_input_tokens_details",
    "ResponseUsageInputTokensDetailsCacheWriteTokensDetails": ".response_usage_input_tokens_details_cache_write_tokens_details",
    "ResponseUsageOutputTokensDetails": ".response_usage_output_tokens_details",
    "ResponseWebSearchCallCompletedEvent": ".response_web_search_call_completed_event",
    "ResponseWebSearchCallInProgressEvent": ".response_web_search_call_in_progress_event",
    "ResponseWebSearchCallSearchingEvent": ".response_web_search_call_searching_event",
    "RetryParams": ".retry_params",
    "ShellCall": ".shell_call",
    "ShellCallAction": ".shell_call_action",
    "ShellCallOutcomeExit": ".shell_call_outcome_exit",
    "ShellCallOutcomeTimeout": ".shell_call_outcome_timeout",
    "ShellCallOutput": ".shell_call_output",
    "ShellCallOutputContent": ".shell_call_output_content",
    "ShellCallOutputContentDelta": ".shell_call_output_content_delta",
    "ShellCallOutputStatusType0": ".shell_call_output_status_type_0",
    "ShellCallStatusType0": ".shell_call_status_type_0",
    "ShellTool": ".shell_tool",
    "ShellToolAllowedCallersType0Item": ".shell_tool_allowed_callers_type_0_item",
    "ShellToolChoice": ".shell_tool_choice",
    "SkillReference": ".skill_reference",
    "SummaryText": ".summary_text",
    "SystemMessage": ".system_message",
    "TextFormatJsonSchema": ".text_format_json_schema",
    "TextPart": ".text_part",
    "TokenLogprob": ".token_logprob",
    "ToolCall": ".tool_call",
    "ToolCallDelta": ".tool_call_delta",
    "ToolCallDeltaCustom": ".tool_call_delta_custom",
    "ToolCallDeltaFunction": ".tool_call_delta_function",
    "ToolCallDeltaType": ".tool_call_delta_type",
    "ToolCallFunction": ".tool_call_function",
    "ToolCallerDirect": ".tool_caller_direct",
    "ToolCallerProgram": ".tool_caller_program",
    "ToolMessage": ".tool_message",
    "ToolSearchCall": ".tool_search_call",
    "ToolSearchCallExecution": ".tool_search_call_execution",
    "ToolSearchCallStatusType0": ".tool_search_call_status_type_0",
    "ToolSearchOutput": ".tool_search_output",
    "ToolSearchOutputExecution": ".tool_search_output_execution",
    "ToolSearchOutputStatusType0": ".tool_search_output_status_type_0",
    "ToolSearchTool": ".tool_search_tool",
    "ToolSearchToolExecution": ".tool_search_tool_execution",
    "ToolUsage": ".tool_usage",
    "ToolUsageImageGen": ".tool_usage_image_gen",
    "ToolUsageImageGenCachedTokensDetails": ".tool_usage_image_gen_cached_tokens_details",
    "ToolUsageImageGenInputTokensDetails": ".tool_usage_image_gen_input_tokens_details",
    "ToolUsageImageGenOutputTokensDetails": ".tool_usage_image_gen_output_tokens_details",
    "ToolUsageWebSearch": ".tool_usage_web_search",
    "TopLogprob": ".top_logprob",
    "UnknownAnnotation": ".unknown_annotation",
    "UnknownAssistantContentPart": ".unknown_assistant_content_part",
    "UnknownChatResponseFormat": ".unknown_chat_response_format",
    "UnknownChatTool": ".unknown_chat_tool",
    "UnknownChatToolCall": ".unknown_chat_tool_call",
    "UnknownChatToolChoice": ".unknown_chat_tool_choice",
    "UnknownFunctionOutputContent": ".unknown_function_output_content",
    "UnknownInputContentPart": ".unknown_input_content_part",
    "UnknownInputItem": ".unknown_input_item",
    "UnknownOutputContent": ".unknown_output_content",
    "UnknownOutputItem": ".unknown_output_item",
    "UnknownResponseStreamEvent": ".unknown_response_stream_event",
    "UnknownResponseTextFormat": ".unknown_response_text_format",
    "UnknownResponseTool": ".unknown_response_tool",
    "UnknownResponseToolChoice": ".unknown_response_tool_choice",
    "UnknownUserContentPart": ".unknown_user_content_part",
    "UpstreamAttempt": ".upstream_attempt",
    "UpstreamAttemptStatus": ".upstream_attempt_status",
    "UrlCitation": ".url_citation",
    "UserMessage": ".user_message",
    "WebSearchActionFind": ".web_search_action_find",
    "WebSearchActionOpenPage": ".web_search_action_open_page",
    "WebSearchActionSearch": ".web_search_action_search",
    "WebSearchCall": ".web_search_call",
    "WebSearchCallStatus": ".web_search_call_status",
    "WebSearchFilters": ".web_search_filters",
    "WebSearchPreviewTool": ".web_search_preview_tool",
    "WebSearchPreviewToolSearchContentTypesItem": ".web_search_preview_tool_search_content_types_item",
    "WebSearchPreviewToolSearchContextSize": ".web_search_preview_tool_search_context_size",
    "WebSearchPreviewToolType": ".web_search_preview_tool_type",
    "WebSearchSource": ".web_search_source",
    "WebSearchTool": ".web_search_tool",
    "WebSearchToolSearchContextSize": ".web_search_tool_search_context_size",
    "WebSearchToolType": ".web_search_tool_type",
    "WebSearchUserLocation": ".web_search_user_location",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # found directly from now on
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AccessPrograms",
    "AccessProgramsCyber",
    "AdditionalTools",
    "AdditionalToolsRole",
    "AllowedToolsChoice",
    "AllowedToolsChoiceMode",
    "AllowedToolsChoiceToolsItem",
    "ApplyPatchCall",
    "ApplyPatchCallOutput",
    "ApplyPatchCallOutputStatus",
    "ApplyPatchCallStatus",
    "ApplyPatchCreateFile",
    "ApplyPatchDeleteFile",
    "ApplyPatchTool",
    "ApplyPatchToolAllowedCallersType0Item",
    "ApplyPatchToolChoice",
    "ApplyPatchUpdateFile",
    "AssistantMessage",
    "AudioPart",
    "AudioPartInputAudio",
    "AudioPartInputAudioFormat",
    "BackgroundOptions",
    "BackgroundOptionsCompletionWindow",
    "CacheOptions",
    "ChatAllowedTools",
    "ChatAllowedToolsChoice",
    "ChatAllowedToolsMode",
    "ChatAllowedToolsToolsItem",
    "ChatAnnotation",
    "ChatAudioCustomVoice",
    "ChatAudioParams",
    "ChatAudioParamsFormat",
    "ChatAudioParamsVoiceType0",
    "ChatAudioReference",
    "ChatCompletion",
    "ChatCompletionAudio",
    "ChatCompletionChoice",
    "ChatCompletionChunk",
    "ChatCompletionChunkChoice",
    "ChatCompletionDelta",
    "ChatCompletionDeltaAudio",
    "ChatCompletionDeltaRole",
    "ChatCompletionMessage",
    "ChatCompletionMetadataType0",
    "ChatCompletionParams",
    "ChatCompletionParamsFunctionCallType0",
    "ChatCompletionParamsLogitBias",
    "ChatCompletionParamsModalitiesType0Item",
    "ChatCompletionParamsPromptCacheRetentionType0",
    "ChatCompletionParamsReasoningEffort",
    "ChatCompletionParamsServiceTier",
    "ChatCompletionParamsVerbosityType0",
    "ChatCompletionStreamEvent",
    "ChatCustomTool",
    "ChatCustomToolCall",
    "ChatCustomToolCallBody",
    "ChatCustomToolDefinition",
    "ChatCustomToolGrammar",
    "ChatCustomToolGrammarFormat",
    "ChatCustomToolGrammarSyntax",
    "ChatCustomToolTextFormat",
    "ChatFunctionCall",
    "ChatFunctionCallDelta",
    "ChatFunctionCallOption",
    "ChatModeration",
    "ChatNamedCustomTool",
    "ChatNamedCustomToolChoice",
    "ChatPrediction",
    "ChatStreamOptions",
    "ChatTool",
    "ChatToolChoiceType0",
    "ChatUrlCitation",
    "ChatWebSearchApproximateLocation",
    "ChatWebSearchOptions",
    "ChatWebSearchOptionsSearchContextSize",
    "ChatWebSearchUserLocation",
    "ChoiceLogprobs",
    "CodeInterpreterCall",
    "CodeInterpreterCallStatus",
    "CodeInterpreterContainerAuto",
    "CodeInterpreterContainerAutoMemoryLimitType0",
    "CodeInterpreterOutputImage",
    "CodeInterpreterOutputLogs",
    "CodeInterpreterTool",
    "CodeInterpreterToolAllowedCallersType0Item",
    "CompactionItem",
    "CompactionTrigger",
    "ComparisonFilter",
    "ComparisonFilterType",
    "CompletionUsage",
    "CompletionUsageCompletionTokensDetails",
    "CompletionUsagePromptTokensDetails",
    "CompoundFilter",
    "CompoundFilterType",
    "ComputerActionClick",
    "ComputerActionClickButton",
    "ComputerActionDoubleClick",
    "ComputerActionDrag",
    "ComputerActionKeypress",
    "ComputerActionMove",
    "ComputerActionScreenshot",
    "ComputerActionScroll",
    "ComputerActionType",
    "ComputerActionWait",
    "ComputerCall",
    "ComputerCallOutput",
    "ComputerCallOutputStatusType0",
    "ComputerCallStatus",
    "ComputerDragPoint",
    "ComputerSafetyCheck",
    "ComputerScreenshot",
    "ComputerTool",
    "ComputerUsePreviewTool",
    "ComputerUsePreviewToolEnvironment",
    "ConfigurationUpdate",
    "ConfigurationUpdateReasoning",
    "ConfigurationUpdateReasoningEffortType0",
    "ConfigurationUpdateText",
    "ContainerAuto",
    "ContainerAutoMemoryLimitType0",
    "ContainerFileCitation",
    "ContainerNetworkPolicyAllowlist",
    "ContainerNetworkPolicyDisabled",
    "ContainerNetworkPolicyDomainSecret",
    "ContainerReference",
    "ContextManagement",
    "ConversationReference",
    "CreateChatCompletionRequest",
    "CreateResponseRequest",
    "CredentialOverride",
    "CustomerParams",
    "CustomerParamsBudgetDuration",
    "CustomerParamsMetadata",
    "CustomTool",
    "CustomToolAllowedCallersType0Item",
    "CustomToolCall",
    "CustomToolCallOutput",
    "CustomToolCallOutputStatus",
    "CustomToolChoice",
    "CustomToolGrammarFormat",
    "CustomToolGrammarFormatSyntax",
    "CustomToolTextFormat",
    "DeveloperMessage",
    "Error",
    "ErrorResponse",
    "ErrorType",
    "FileCitation",
    "FilePart",
    "FilePartFile",
    "FilePathAnnotation",
    "FilePromptCacheBreakpoint",
    "FilePromptCacheBreakpointTtl",
    "FileSearchCall",
    "FileSearchCallStatus",
    "FileSearchHybridSearch",
    "FileSearchRankingOptions",
    "FileSearchRankingOptionsRanker",
    "FileSearchResult",
    "FileSearchResultAttributesType0",
    "FileSearchTool",
    "FinishReason",
    "FunctionCallInput",
    "FunctionCallItem",
    "FunctionCallOutputInput",
    "FunctionCallOutputItem",
    "FunctionCallOutputItemStatus",
    "FunctionDefinition",
    "FunctionMessage",
    "FunctionParameters",
    "FunctionTool",
    "FunctionToolAllowedCallersType0Item",
    "FunctionToolChoice",
    "FunctionToolOutputSchemaType0",
    "HostedToolChoice",
    "HostedToolChoiceType",
    "ImageGenerationCall",
    "ImageGenerationCallActionType0",
    "ImageGenerationCallBackgroundType0",
    "ImageGenerationCallError",
    "ImageGenerationCallErrorModerationDetails",
    "ImageGenerationCallErrorModerationDetailsModerationStage",
    "ImageGenerationCallOutputFormatType0",
    "ImageGenerationCallQualityType0",
    "ImageGenerationCallSizeType0",
    "ImageGenerationCallStatus",
    "ImageGenerationCallSvgUsage",
    "ImageGenerationMask",
    "ImageGenerationSvgOptions",
    "ImageGenerationSvgReasoning",
    "ImageGenerationSvgReasoningEffort",
    "ImageGenerationTool",
    "ImageGenerationToolAction",
    "ImageGenerationToolBackground",
    "ImageGenerationToolComplexity",
    "ImageGenerationToolInputFidelityType0",
    "ImageGenerationToolModelType0",
    "ImageGenerationToolModeration",
    "ImageGenerationToolOutputFormat",
    "ImageGenerationToolQuality",
    "ImageGenerationToolSizeType0",
    "ImageOptions",
    "ImageOptionsContextCompression",
    "ImagePart",
    "ImagePartImageUrl",
    "ImagePartImageUrlDetail",
    "IncompleteDetails",
    "IncompleteDetailsReason",
    "InlineSkill",
    "InlineSkillSource",
    "InputFile",
    "InputFileDetail",
    "InputImage",
    "InputImageDetail",
    "InputMessage",
    "InputMessagePhaseType0",
    "InputMessageRole",
    "InputText",
    "InputTransformation",
    "InputTransformationReason",
    "ItemReference",
    "ItemStatus",
    "JsonSchemaFormat",
    "LoadBalanceGroup",
    "LoadBalanceModel",
    "LocalEnvironment",
    "LocalShellCall",
    "LocalShellCallAction",
    "LocalShellCallActionEnv",
    "LocalShellCallOutput",
    "LocalShellCallOutputStatusType0",
    "LocalShellCallStatus",
    "LocalShellTool",
    "LocalSkill",
    "McpApprovalRequest",
    "McpApprovalResponse",
    "McpCall",
    "McpCallStatus",
    "McpHttpError",
    "McpListTools",
    "McpListToolsTool",
    "McpProtocolError",
    "McpTool",
    "McpToolAllowedCallersType0Item",
    "McpToolApprovalFilter",
    "McpToolChoice",
    "McpToolConnectorId",
    "McpToolExecutionError",
    "McpToolFilter",
    "McpToolHeadersType0",
    "McpToolRequireApprovalType0",
    "Misalignment",
    "MisalignmentErrorTypeType0",
    "MisalignmentSteer",
    "Moderation",
    "ModerationInputError",
    "ModerationInputModerationResult",
    "ModerationInputModerationResultCategories",
    "ModerationInputModerationResultCategoryAppliedInputTypes",
    "ModerationInputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem",
    "ModerationInputModerationResultCategoryScores",
    "ModerationInputModerationResults",
    "ModerationInputModerationResultsResult",
    "ModerationInputModerationResultsResultCategories",
    "ModerationInputModerationResultsResultCategoryAppliedInputTypes",
    "ModerationInputModerationResultsResultCategoryAppliedInputTypesAdditionalPropertyItem",
    "ModerationInputModerationResultsResultCategoryScores",
    "ModerationOutputError",
    "ModerationOutputModerationResult",
    "ModerationOutputModerationResultCategories",
    "ModerationOutputModerationResultCategoryAppliedInputTypes",
    "ModerationOutputModerationResultCategoryAppliedInputTypesAdditionalPropertyItem",
    "ModerationOutputModerationResultCategoryScores",
    "ModerationOutputModerationResults",
    "ModerationOutputModerationResultsResult",
    "ModerationOutputModerationResultsResultCategories",
    "ModerationOutputModerationResultsResultCategoryAppliedInputTypes",
    "ModerationOutputModerationResultsResultCategoryAppliedInputTypesAdditionalPropertyItem",
    "ModerationOutputModerationResultsResultCategoryScores",
    "ModerationParams",
    "ModerationPolicy",
    "ModerationPolicyInput",
    "ModerationPolicyInputMode",
    "ModerationPolicyOutput",
    "ModerationPolicyOutputMode",
    "NamedToolChoice",
    "NamedToolChoiceFunction",
    "NamespaceFunction",
    "NamespaceFunctionAllowedCallersType0Item",
    "NamespaceFunctionOutputSchemaType0",
    "NamespaceTool",
    "OutputMessage",
    "OutputMessagePhaseType0",
    "OutputRefusal",
    "OutputText",
    "Program",
    "ProgrammaticToolCallingChoice",
    "ProgrammaticToolCallingTool",
    "ProgramOutput",
    "ProgramOutputStatus",
    "PromptCacheBreakpoint",
    "PromptCacheBreakpointTtl",
    "PromptCacheDiagnosticsCacheHit",
    "PromptCacheDiagnosticsCacheMiss",
    "PromptCacheDiagnosticsCacheMissReason",
    "PromptCacheDiagnosticsComparisonResponseNotFound",
    "PromptCacheDiagnosticsUnavailable",
    "PromptCacheOptions",
    "PromptCacheOptionsMode",
    "PromptCacheOptionsTtl",
    "PromptParams",
    "PromptParamsOverrideParams",
    "PromptParamsSchemaVersion",
    "PromptParamsVariables",
    "PromptVersionType1",
    "ProviderCredentialObject",
    "ProviderCredentials",
    "ReasoningConfig",
    "ReasoningConfigContextType0",
    "ReasoningConfigEffort",
    "ReasoningConfigGenerateSummaryType0",
    "ReasoningConfigModeType0",
    "ReasoningConfigSummary",
    "ReasoningInput",
    "ReasoningInputStatus",
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
    "ResponseAudioDeltaEvent",
    "ResponseAudioDoneEvent",
    "ResponseAudioTranscriptDeltaEvent",
    "ResponseAudioTranscriptDoneEvent",
    "ResponseCodeInterpreterCallCodeDeltaEvent",
    "ResponseCodeInterpreterCallCodeDoneEvent",
    "ResponseCodeInterpreterCallCompletedEvent",
    "ResponseCodeInterpreterCallInProgressEvent",
    "ResponseCodeInterpreterCallInterpretingEvent",
    "ResponseCompactionCompactingEvent",
    "ResponseCompletedEvent",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartDoneEvent",
    "ResponseCreatedEvent",
    "ResponseCustomToolCallInputDeltaEvent",
    "ResponseCustomToolCallInputDoneEvent",
    "ResponseError",
    "ResponseErrorEvent",
    "ResponseFailedEvent",
    "ResponseFileSearchCallCompletedEvent",
    "ResponseFileSearchCallInProgressEvent",
    "ResponseFileSearchCallSearchingEvent",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonSchema",
    "ResponseFormatText",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseImageGenCallCompletedEvent",
    "ResponseImageGenCallGeneratingEvent",
    "ResponseImageGenCallInProgressEvent",
    "ResponseImageGenCallPartialImageEvent",
    "ResponseIncompleteEvent",
    "ResponseInProgressEvent",
    "ResponseLogprob",
    "ResponseLogprobTopLogprobsItem",
    "ResponseMcpCallArgumentsDeltaEvent",
    "ResponseMcpCallArgumentsDoneEvent",
    "ResponseMcpCallCompletedEvent",
    "ResponseMcpCallFailedEvent",
    "ResponseMcpCallInProgressEvent",
    "ResponseMcpListToolsCompletedEvent",
    "ResponseMcpListToolsFailedEvent",
    "ResponseMcpListToolsInProgressEvent",
    "ResponseMetadata",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemDoneEvent",
    "ResponseOutputTextAnnotationAddedEvent",
    "ResponseOutputTextDeltaEvent",
    "ResponseOutputTextDoneEvent",
    "ResponseParams",
    "ResponseParamsIncludeItem",
    "ResponseParamsPromptCacheRetentionType0",
    "ResponseParamsServiceTier",
    "ResponseParamsStreamOptions",
    "ResponseParamsTruncation",
    "ResponsePrompt",
    "ResponsePromptCacheRetentionType0",
    "ResponsePromptVariablesType0",
    "ResponseQueuedEvent",
    "ResponseReasoningSummaryPartAddedEvent",
    "ResponseReasoningSummaryPartDoneEvent",
    "ResponseReasoningSummaryTextDeltaEvent",
    "ResponseReasoningSummaryTextDoneEvent",
    "ResponseReasoningTextDeltaEvent",
    "ResponseReasoningTextDoneEvent",
    "ResponseRefusalDeltaEvent",
    "ResponseRefusalDoneEvent",
    "ResponseServiceTierType0",
    "ResponseShellCallCommandAddedEvent",
    "ResponseShellCallCommandDeltaEvent",
    "ResponseShellCallCommandDoneEvent",
    "ResponseShellCallOutputContentDeltaEvent",
    "ResponseShellCallOutputContentDoneEvent",
    "ResponseStatus",
    "ResponseStreamSseEvent",
    "ResponseTextConfig",
    "ResponseTextConfigVerbosity",
    "ResponseToolChoiceType0",
    "ResponseUsage",
    "ResponseUsageInputTokensDetails",
    "ResponseUsageInputTokensDetailsCacheWriteTokensDetails",
    "ResponseUsageOutputTokensDetails",
    "ResponseWebSearchCallCompletedEvent",
    "ResponseWebSearchCallInProgressEvent",
    "ResponseWebSearchCallSearchingEvent",
    "RetryParams",
    "ShellCall",
    "ShellCallAction",
    "ShellCallOutcomeExit",
    "ShellCallOutcomeTimeout",
    "ShellCallOutput",
    "ShellCallOutputContent",
    "ShellCallOutputContentDelta",
    "ShellCallOutputStatusType0",
    "ShellCallStatusType0",
    "ShellTool",
    "ShellToolAllowedCallersType0Item",
    "ShellToolChoice",
    "SkillReference",
    "SummaryText",
    "SystemMessage",
    "TextFormatJsonSchema",
    "TextPart",
    "TokenLogprob",
    "ToolCall",
    "ToolCallDelta",
    "ToolCallDeltaCustom",
    "ToolCallDeltaFunction",
    "ToolCallDeltaType",
    "ToolCallerDirect",
    "ToolCallerProgram",
    "ToolCallFunction",
    "ToolMessage",
    "ToolSearchCall",
    "ToolSearchCallExecution",
    "ToolSearchCallStatusType0",
    "ToolSearchOutput",
    "ToolSearchOutputExecution",
    "ToolSearchOutputStatusType0",
    "ToolSearchTool",
    "ToolSearchToolExecution",
    "ToolUsage",
    "ToolUsageImageGen",
    "ToolUsageImageGenCachedTokensDetails",
    "ToolUsageImageGenInputTokensDetails",
    "ToolUsageImageGenOutputTokensDetails",
    "ToolUsageWebSearch",
    "TopLogprob",
    "UnknownAnnotation",
    "UnknownAssistantContentPart",
    "UnknownChatResponseFormat",
    "UnknownChatTool",
    "UnknownChatToolCall",
    "UnknownChatToolChoice",
    "UnknownFunctionOutputContent",
    "UnknownInputContentPart",
    "UnknownInputItem",
    "UnknownOutputContent",
    "UnknownOutputItem",
    "UnknownResponseStreamEvent",
    "UnknownResponseTextFormat",
    "UnknownResponseTool",
    "UnknownResponseToolChoice",
    "UnknownUserContentPart",
    "UpstreamAttempt",
    "UpstreamAttemptStatus",
    "UrlCitation",
    "UserMessage",
    "WebSearchActionFind",
    "WebSearchActionOpenPage",
    "WebSearchActionSearch",
    "WebSearchCall",
    "WebSearchCallStatus",
    "WebSearchFilters",
    "WebSearchPreviewTool",
    "WebSearchPreviewToolSearchContentTypesItem",
    "WebSearchPreviewToolSearchContextSize",
    "WebSearchPreviewToolType",
    "WebSearchSource",
    "WebSearchTool",
    "WebSearchToolSearchContextSize",
    "WebSearchToolType",
    "WebSearchUserLocation",
)
