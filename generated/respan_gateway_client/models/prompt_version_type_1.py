from typing import Literal, cast

PromptVersionType1 = Literal["latest"]

PROMPT_VERSION_TYPE_1_VALUES: set[PromptVersionType1] = {
    "latest",
}


def check_prompt_version_type_1(value: str) -> PromptVersionType1:
    if isinstance(value, str):
        return cast("PromptVersionType1", value)
    raise TypeError(f"Expected a str for PromptVersionType1, got {type(value).__name__}")
