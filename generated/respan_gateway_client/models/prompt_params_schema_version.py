from typing import Literal

PromptParamsSchemaVersion = Literal[1, 2]

PROMPT_PARAMS_SCHEMA_VERSION_VALUES: set[PromptParamsSchemaVersion] = {
    1,
    2,
}


def check_prompt_params_schema_version(value: int) -> PromptParamsSchemaVersion:
    if value in PROMPT_PARAMS_SCHEMA_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROMPT_PARAMS_SCHEMA_VERSION_VALUES!r}")
