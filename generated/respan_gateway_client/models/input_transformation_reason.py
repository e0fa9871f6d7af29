from typing import Literal, cast

InputTransformationReason = Literal[
    "end_user_mismatch", "model_mismatch", "organization_mismatch", "prefix_mismatch", "turn_boundary"
]

INPUT_TRANSFORMATION_REASON_VALUES: set[InputTransformationReason] = {
    "end_user_mismatch",
    "model_mismatch",
    "organization_mismatch",
    "prefix_mismatch",
    "turn_boundary",
}


def check_input_transformation_reason(value: str) -> InputTransformationReason:
    if isinstance(value, str):
        return cast("InputTransformationReason", value)
    raise TypeError(f"Expected a str for InputTransformationReason, got {type(value).__name__}")
