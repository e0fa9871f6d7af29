from typing import Literal, cast

ChatCompletionParamsModalitiesType0Item = Literal["audio", "text"]

CHAT_COMPLETION_PARAMS_MODALITIES_TYPE_0_ITEM_VALUES: set[ChatCompletionParamsModalitiesType0Item] = {
    "audio",
    "text",
}


def check_chat_completion_params_modalities_type_0_item(value: str) -> ChatCompletionParamsModalitiesType0Item:
    if isinstance(value, str):
        return cast("ChatCompletionParamsModalitiesType0Item", value)
    raise TypeError(f"Expected a str for ChatCompletionParamsModalitiesType0Item, got {type(value).__name__}")
