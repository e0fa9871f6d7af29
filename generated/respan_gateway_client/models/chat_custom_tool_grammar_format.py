from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChatCustomToolGrammarFormat")


@_attrs_define
class ChatCustomToolGrammarFormat:
    """A grammar defined by the user.

    Attributes:
        grammar (ChatCustomToolGrammar): Your chosen grammar.
        type_ (Literal['grammar']): Grammar format. Always `grammar`.
    """

    grammar: ChatCustomToolGrammar
    type_: Literal["grammar"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grammar = self.grammar.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grammar": grammar,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grammar = ChatCustomToolGrammar.from_dict(d.pop("grammar"))

        type_ = cast("Literal['grammar']", d.pop("type"))
        if type_ != "grammar":
            raise ValueError(f"type must match const 'grammar', got '{type_}'")

        chat_custom_tool_grammar_format = cls(
            grammar,
            type_,
        )

        chat_custom_tool_grammar_format.additional_properties = d
        return chat_custom_tool_grammar_format

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


# Imported once ChatCustomToolGrammarFormat exists, so that models which contain each other load in either order.
from ..models.chat_custom_tool_grammar import ChatCustomToolGrammar
