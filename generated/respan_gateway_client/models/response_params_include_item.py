from typing import Literal

ResponseParamsIncludeItem = Literal[
    "message.input_image.image_url", "message.output_text.logprobs", "reasoning.encrypted_content"
]

RESPONSE_PARAMS_INCLUDE_ITEM_VALUES: set[ResponseParamsIncludeItem] = {
    "message.input_image.image_url",
    "message.output_text.logprobs",
    "reasoning.encrypted_content",
}


def check_response_params_include_item(value: str) -> ResponseParamsIncludeItem:
    if value in RESPONSE_PARAMS_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_PARAMS_INCLUDE_ITEM_VALUES!r}")
