from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletion")


@_attrs_define
class ChatCompletion:
    """An OpenAI-compatible chat completion.

    Attributes:
        id (str):
        object_ (Literal['chat.completion']):
        created (int): Unix time in seconds.
        model (str): The model that served the request, after fallbacks and load balancing.
        choices (list[ChatCompletionChoice]):
        usage (CompletionUsage | None | Unset):
        system_fingerprint (None | str | Unset):
        service_tier (None | str | Unset):
        prompt_messages (list[AssistantMessage | DeveloperMessage | FunctionMessage | SystemMessage | ToolMessage |
            UserMessage] | None | Unset): The prompt messages sent to the model, when `echo` or `prompt.echo` is true.
        request_breakdown (None | RequestBreakdown | Unset):
        metadata (ChatCompletionMetadataType0 | None | Unset): Set of 16 key-value pairs that can be attached to an
            object.

            This can be useful for storing additional information about the object in a structured format, and querying
            for objects via API or the dashboard.

            Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
            characters.
        moderation (ChatModeration | None | Unset): Moderation results for the request input and generated output, if
            moderated completions were requested.
    """

    id: str
    object_: Literal["chat.completion"]
    created: int
    model: str
    choices: list[ChatCompletionChoice]
    usage: CompletionUsage | None | Unset = UNSET
    system_fingerprint: None | str | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    prompt_messages: (
        list[AssistantMessage | DeveloperMessage | FunctionMessage | SystemMessage | ToolMessage | UserMessage]
        | None
        | Unset
    ) = UNSET
    request_breakdown: None | RequestBreakdown | Unset = UNSET
    metadata: ChatCompletionMetadataType0 | None | Unset = UNSET
    moderation: ChatModeration | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        created = self.created

        model = self.model

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, CompletionUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        system_fingerprint: None | str | Unset
        if isinstance(self.system_fingerprint, Unset):
            system_fingerprint = UNSET
        else:
            system_fingerprint = self.system_fingerprint

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        prompt_messages: list[dict[str, Any]] | None | Unset
        if isinstance(self.prompt_messages, Unset):
            prompt_messages = UNSET
        elif isinstance(self.prompt_messages, list):
            prompt_messages = []
            for prompt_messages_type_0_item_data in self.prompt_messages:
                prompt_messages_type_0_item: dict[str, Any]
                if isinstance(prompt_messages_type_0_item_data, SystemMessage):
                    prompt_messages_type_0_item = prompt_messages_type_0_item_data.to_dict()
                elif isinstance(prompt_messages_type_0_item_data, DeveloperMessage):
                    prompt_messages_type_0_item = prompt_messages_type_0_item_data.to_dict()
                elif isinstance(prompt_messages_type_0_item_data, UserMessage):
                    prompt_messages_type_0_item = prompt_messages_type_0_item_data.to_dict()
                elif isinstance(prompt_messages_type_0_item_data, AssistantMessage):
                    prompt_messages_type_0_item = prompt_messages_type_0_item_data.to_dict()
                elif isinstance(prompt_messages_type_0_item_data, ToolMessage):
                    prompt_messages_type_0_item = prompt_messages_type_0_item_data.to_dict()
                else:
                    prompt_messages_type_0_item = prompt_messages_type_0_item_data.to_dict()

                prompt_messages.append(prompt_messages_type_0_item)

        else:
            prompt_messages = self.prompt_messages

        request_breakdown: dict[str, Any] | None | Unset
        if isinstance(self.request_breakdown, Unset):
            request_breakdown = UNSET
        elif isinstance(self.request_breakdown, RequestBreakdown):
            request_breakdown = self.request_breakdown.to_dict()
        else:
            request_breakdown = self.request_breakdown

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ChatCompletionMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        moderation: dict[str, Any] | None | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        elif isinstance(self.moderation, ChatModeration):
            moderation = self.moderation.to_dict()
        else:
            moderation = self.moderation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created": created,
                "model": model,
                "choices": choices,
            }
        )
        if usage is not UNSET:
            field_dict["usage"] = usage
        if system_fingerprint is not UNSET:
            field_dict["system_fingerprint"] = system_fingerprint
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if prompt_messages is not UNSET:
            field_dict["prompt_messages"] = prompt_messages
        if request_breakdown is not UNSET:
            field_dict["request_breakdown"] = request_breakdown
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if moderation is not UNSET:
            field_dict["moderation"] = moderation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast("Literal['chat.completion']", d.pop("object"))
        if object_ != "chat.completion":
            raise ValueError(f"object must match const 'chat.completion', got '{object_}'")

        created = d.pop("created")

        model = d.pop("model")

        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = ChatCompletionChoice.from_dict(choices_item_data)

            choices.append(choices_item)

        usage: CompletionUsage | None | Unset = d.pop("usage", UNSET)
        if isinstance(usage, dict):
            try:
                usage = CompletionUsage.from_dict(usage)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as CompletionUsage: kept as it came

        system_fingerprint: None | str | Unset = d.pop("system_fingerprint", UNSET)

        service_tier: None | str | Unset = d.pop("service_tier", UNSET)

        _prompt_messages = d.pop("prompt_messages", UNSET)
        prompt_messages: (
            list[AssistantMessage | DeveloperMessage | FunctionMessage | SystemMessage | ToolMessage | UserMessage]
            | None
            | Unset
        ) = _prompt_messages
        if isinstance(_prompt_messages, list):
            try:
                prompt_messages_type_0 = []
                _prompt_messages_type_0 = _prompt_messages
                for prompt_messages_type_0_item_data in _prompt_messages_type_0:

                    def _parse_prompt_messages_type_0_item(
                        data: object,
                    ) -> (
                        AssistantMessage
                        | DeveloperMessage
                        | FunctionMessage
                        | SystemMessage
                        | ToolMessage
                        | UserMessage
                    ):
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

                    prompt_messages_type_0_item = _parse_prompt_messages_type_0_item(prompt_messages_type_0_item_data)

                    prompt_messages_type_0.append(prompt_messages_type_0_item)

                prompt_messages = prompt_messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        request_breakdown: None | RequestBreakdown | Unset = d.pop("request_breakdown", UNSET)
        if isinstance(request_breakdown, dict):
            try:
                request_breakdown = RequestBreakdown.from_dict(request_breakdown)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as RequestBreakdown: kept as it came

        metadata: ChatCompletionMetadataType0 | None | Unset = d.pop("metadata", UNSET)
        if isinstance(metadata, dict):
            try:
                metadata = ChatCompletionMetadataType0.from_dict(metadata)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ChatCompletionMetadataType0: kept as it came

        moderation: ChatModeration | None | Unset = d.pop("moderation", UNSET)
        if isinstance(moderation, dict):
            try:
                moderation = ChatModeration.from_dict(moderation)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ChatModeration: kept as it came

        chat_completion = cls(
            id,
            object_,
            created,
            model,
            choices,
            usage,
            system_fingerprint,
            service_tier,
            prompt_messages,
            request_breakdown,
            metadata,
            moderation,
        )

        chat_completion.additional_properties = d
        return chat_completion

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


# Imported once ChatCompletion exists, so that models which contain each other load in either order.
from ..models.assistant_message import AssistantMessage
from ..models.chat_completion_choice import ChatCompletionChoice
from ..models.chat_completion_metadata_type_0 import ChatCompletionMetadataType0
from ..models.chat_moderation import ChatModeration
from ..models.completion_usage import CompletionUsage
from ..models.developer_message import DeveloperMessage
from ..models.function_message import FunctionMessage
from ..models.request_breakdown import RequestBreakdown
from ..models.system_message import SystemMessage
from ..models.tool_message import ToolMessage
from ..models.user_message import UserMessage
