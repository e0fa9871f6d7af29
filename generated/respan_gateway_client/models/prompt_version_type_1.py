from typing import Literal

PromptVersionType1 = Literal["latest"]

PROMPT_VERSION_TYPE_1_VALUES: set[PromptVersionType1] = {
    "latest",
}


def check_prompt_version_type_1(value: str) -> PromptVersionType1:
    if value in PROMPT_VERSION_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROMPT_VERSION_TYPE_1_VALUES!r}")
