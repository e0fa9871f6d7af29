from typing import Literal, cast

CustomToolGrammarFormatSyntax = Literal["lark", "regex"]

CUSTOM_TOOL_GRAMMAR_FORMAT_SYNTAX_VALUES: set[CustomToolGrammarFormatSyntax] = {
    "lark",
    "regex",
}


def check_custom_tool_grammar_format_syntax(value: str) -> CustomToolGrammarFormatSyntax:
    if isinstance(value, str):
        return cast("CustomToolGrammarFormatSyntax", value)
    raise TypeError(f"Expected a str for CustomToolGrammarFormatSyntax, got {type(value).__name__}")
