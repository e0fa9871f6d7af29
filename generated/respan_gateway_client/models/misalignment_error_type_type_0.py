from typing import Literal, cast

MisalignmentErrorTypeType0 = Literal[
    "other",
    "potentially_unintended_data_access",
    "potentially_unintended_data_transfer",
    "potentially_unintended_destructive_activity",
]

MISALIGNMENT_ERROR_TYPE_TYPE_0_VALUES: set[MisalignmentErrorTypeType0] = {
    "other",
    "potentially_unintended_data_access",
    "potentially_unintended_data_transfer",
    "potentially_unintended_destructive_activity",
}


def check_misalignment_error_type_type_0(value: str) -> MisalignmentErrorTypeType0:
    if isinstance(value, str):
        return cast("MisalignmentErrorTypeType0", value)
    raise TypeError(f"Expected a str for MisalignmentErrorTypeType0, got {type(value).__name__}")
