from typing import Literal, cast

CodeInterpreterContainerAutoMemoryLimitType0 = Literal["16g", "1g", "4g", "64g"]

CODE_INTERPRETER_CONTAINER_AUTO_MEMORY_LIMIT_TYPE_0_VALUES: set[CodeInterpreterContainerAutoMemoryLimitType0] = {
    "16g",
    "1g",
    "4g",
    "64g",
}


def check_code_interpreter_container_auto_memory_limit_type_0(
    value: str,
) -> CodeInterpreterContainerAutoMemoryLimitType0:
    if isinstance(value, str):
        return cast("CodeInterpreterContainerAutoMemoryLimitType0", value)
    raise TypeError(f"Expected a str for CodeInterpreterContainerAutoMemoryLimitType0, got {type(value).__name__}")
