from typing import Literal, cast

ContainerAutoMemoryLimitType0 = Literal["16g", "1g", "4g", "64g"]

CONTAINER_AUTO_MEMORY_LIMIT_TYPE_0_VALUES: set[ContainerAutoMemoryLimitType0] = {
    "16g",
    "1g",
    "4g",
    "64g",
}


def check_container_auto_memory_limit_type_0(value: str) -> ContainerAutoMemoryLimitType0:
    if isinstance(value, str):
        return cast("ContainerAutoMemoryLimitType0", value)
    raise TypeError(f"Expected a str for ContainerAutoMemoryLimitType0, got {type(value).__name__}")
