from typing import Literal, cast

ChatCustomToolGrammarSyntax = Literal["lark", "regex"]

CHAT_CUSTOM_TOOL_GRAMMAR_SYNTAX_VALUES: set[ChatCustomToolGrammarSyntax] = {
    "lark",
    "regex",
}


def check_chat_custom_tool_grammar_syntax(value: str) -> ChatCustomToolGrammarSyntax:
    if isinstance(value, str):
        return cast("ChatCustomToolGrammarSyntax", value)
    raise TypeError(f"Expected a str for ChatCustomToolGrammarSyntax, got {type(value).__name__}")
