from typing import Literal, cast

ResponseParamsIncludeItem = Literal[
    "code_interpreter_call.outputs",
    "computer_call_output.output.image_url",
    "file_search_call.results",
    "message.input_image.image_url",
    "message.output_text.logprobs",
    "reasoning.encrypted_content",
    "web_search_call.action.sources",
    "web_search_call.results",
]

RESPONSE_PARAMS_INCLUDE_ITEM_VALUES: set[ResponseParamsIncludeItem] = {
    "code_interpreter_call.outputs",
    "computer_call_output.output.image_url",
    "file_search_call.results",
    "message.input_image.image_url",
    "message.output_text.logprobs",
    "reasoning.encrypted_content",
    "web_search_call.action.sources",
    "web_search_call.results",
}


def check_response_params_include_item(value: str) -> ResponseParamsIncludeItem:
    if isinstance(value, str):
        return cast("ResponseParamsIncludeItem", value)
    raise TypeError(f"Expected a str for ResponseParamsIncludeItem, got {type(value).__name__}")
