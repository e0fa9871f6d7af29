from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finish_reason import FinishReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionChunkChoice")


@_attrs_define
class ChatCompletionChunkChoice:
    """
    Attributes:
        index (int):
        delta (ChatCompletionDelta):
        logprobs (ChoiceLogprobs | None | Unset):
        finish_reason (FinishReason | None | Unset):
    """

    index: int
    delta: ChatCompletionDelta
    logprobs: ChoiceLogprobs | None | Unset = UNSET
    finish_reason: FinishReason | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        delta = self.delta.to_dict()

        logprobs: dict[str, Any] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(self.logprobs, ChoiceLogprobs):
            logprobs = self.logprobs.to_dict()
        else:
            logprobs = self.logprobs

        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        elif isinstance(self.finish_reason, str):
            finish_reason = self.finish_reason
        else:
            finish_reason = self.finish_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "delta": delta,
            }
        )
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        delta = ChatCompletionDelta.from_dict(d.pop("delta"))

        logprobs: ChoiceLogprobs | None | Unset = d.pop("logprobs", UNSET)
        if isinstance(logprobs, dict):
            try:
                logprobs = ChoiceLogprobs.from_dict(logprobs)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as ChoiceLogprobs: kept as it came

        finish_reason: FinishReason | None | Unset = d.pop("finish_reason", UNSET)

        chat_completion_chunk_choice = cls(
            index,
            delta,
            logprobs,
            finish_reason,
        )

        chat_completion_chunk_choice.additional_properties = d
        return chat_completion_chunk_choice

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


# Imported once ChatCompletionChunkChoice exists, so that models which contain each other load in either order.
from ..models.chat_completion_delta import ChatCompletionDelta
from ..models.choice_logprobs import ChoiceLogprobs
