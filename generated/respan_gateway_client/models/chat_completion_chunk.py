from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionChunk")


@_attrs_define
class ChatCompletionChunk:
    """One streamed piece of a chat completion.

    Attributes:
        id (str): The same for every chunk of one completion.
        object_ (Literal['chat.completion.chunk']):
        created (int):
        model (str):
        choices (list[ChatCompletionChunkChoice]): Empty in the final usage chunk.
        usage (CompletionUsage | None | Unset): Null except in the final chunk when `stream_options.include_usage` is
            true.
        system_fingerprint (None | str | Unset):
        service_tier (None | str | Unset):
        request_breakdown (None | RequestBreakdown | Unset):
        moderation (ChatModeration | None | Unset): Moderation results for the request input and generated output.

            Present on the moderation chunk when moderated completions are requested.
        obfuscation (None | str | Unset): An obfuscation string added to normalize the size of streamed chunks as a
            mitigation to certain side-channel
            attacks. The field is included by default and omitted when `stream_options.include_obfuscation` is `false`.
    """

    id: str
    object_: Literal["chat.completion.chunk"]
    created: int
    model: str
    choices: list[ChatCompletionChunkChoice]
    usage: CompletionUsage | None | Unset = UNSET
    system_fingerprint: None | str | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    request_breakdown: None | RequestBreakdown | Unset = UNSET
    moderation: ChatModeration | None | Unset = UNSET
    obfuscation: None | str | Unset = UNSET
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

        request_breakdown: dict[str, Any] | None | Unset
        if isinstance(self.request_breakdown, Unset):
            request_breakdown = UNSET
        elif isinstance(self.request_breakdown, RequestBreakdown):
            request_breakdown = self.request_breakdown.to_dict()
        else:
            request_breakdown = self.request_breakdown

        moderation: dict[str, Any] | None | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        elif isinstance(self.moderation, ChatModeration):
            moderation = self.moderation.to_dict()
        else:
            moderation = self.moderation

        obfuscation: None | str | Unset
        if isinstance(self.obfuscation, Unset):
            obfuscation = UNSET
        else:
            obfuscation = self.obfuscation

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
        if request_breakdown is not UNSET:
            field_dict["request_breakdown"] = request_breakdown
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if obfuscation is not UNSET:
            field_dict["obfuscation"] = obfuscation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast("Literal['chat.completion.chunk']", d.pop("object"))
        if object_ != "chat.completion.chunk":
            raise ValueError(f"object must match const 'chat.completion.chunk', got '{object_}'")

        created = d.pop("created")

        model = d.pop("model")

        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = ChatCompletionChunkChoice.from_dict(choices_item_data)

            choices.append(choices_item)

        usage: CompletionUsage | None | Unset = d.pop("usage", UNSET)
        if isinstance(usage, dict):
            try:
                usage = CompletionUsage.from_dict(usage)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as CompletionUsage: kept as it came

        system_fingerprint: None | str | Unset = d.pop("system_fingerprint", UNSET)

        service_tier: None | str | Unset = d.pop("service_tier", UNSET)

        request_breakdown: None | RequestBreakdown | Unset = d.pop("request_breakdown", UNSET)
        if isinstance(request_breakdown, dict):
            try:
                request_breakdown = RequestBreakdown.from_dict(request_breakdown)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as RequestBreakdown: kept as it came

        moderation: ChatModeration | None | Unset = d.pop("moderation", UNSET)
        if isinstance(moderation, dict):
            try:
                moderation = ChatModeration.from_dict(moderation)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ChatModeration: kept as it came

        obfuscation: None | str | Unset = d.pop("obfuscation", UNSET)

        chat_completion_chunk = cls(
            id,
            object_,
            created,
            model,
            choices,
            usage,
            system_fingerprint,
            service_tier,
            request_breakdown,
            moderation,
            obfuscation,
        )

        chat_completion_chunk.additional_properties = d
        return chat_completion_chunk

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


# Imported once ChatCompletionChunk exists, so that models which contain each other load in either order.
from ..models.chat_completion_chunk_choice import ChatCompletionChunkChoice
from ..models.chat_moderation import ChatModeration
from ..models.completion_usage import CompletionUsage
from ..models.request_breakdown import RequestBreakdown
