from typing import Literal, cast

PromptParamsSchemaVersion = Literal[1, 2]

PROMPT_PARAMS_SCHEMA_VERSION_VALUES: set[PromptParamsSchemaVersion] = {
    1,
    2,
}


def check_prompt_params_schema_version(value: int) -> PromptParamsSchemaVersion:
    if isinstance(value, int):
        return cast("PromptParamsSchemaVersion", value)
    raise TypeError(f"Expected a int for PromptParamsSchemaVersion, got {type(value).__name__}")
