from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_custom_tool_grammar_syntax import ChatCustomToolGrammarSyntax, check_chat_custom_tool_grammar_syntax

T = TypeVar("T", bound="ChatCustomToolGrammar")


@_attrs_define
class ChatCustomToolGrammar:
    """Your chosen grammar.

    Attributes:
        definition (str): The grammar definition.
        syntax (ChatCustomToolGrammarSyntax): The syntax of the grammar definition. One of `lark` or `regex`.
    """

    definition: str
    syntax: ChatCustomToolGrammarSyntax
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        definition = self.definition

        syntax: str = self.syntax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "definition": definition,
                "syntax": syntax,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        definition = d.pop("definition")

        syntax = check_chat_custom_tool_grammar_syntax(d.pop("syntax"))

        chat_custom_tool_grammar = cls(
            definition,
            syntax,
        )

        chat_custom_tool_grammar.additional_properties = d
        return chat_custom_tool_grammar

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
