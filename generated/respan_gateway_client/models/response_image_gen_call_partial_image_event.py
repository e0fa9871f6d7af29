from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseImageGenCallPartialImageEvent")


@_attrs_define
class ResponseImageGenCallPartialImageEvent:
    """Emitted when a partial image is available during image generation streaming.

    Attributes:
        item_id (str): The unique identifier of the image generation item being processed.
        output_index (int): The index of the output item in the response's output array.
        partial_image_b64 (str): Base64-encoded partial image data, suitable for rendering as an image.
        partial_image_index (int): 0-based index for the partial image (backend is 1-based, but this is 0-based for the
            user).
        type_ (Literal['response.image_generation_call.partial_image']): The type of the event. Always
            'response.image_generation_call.partial_image'.
        sequence_number (int | None | Unset):
        background (None | str | Unset): The background setting that was used.
        output_format (None | str | Unset): The output format that was used.
        quality (None | str | Unset): The image quality that was used.
        size (None | str | Unset): The image size that was used.
    """

    item_id: str
    output_index: int
    partial_image_b64: str
    partial_image_index: int
    type_: Literal["response.image_generation_call.partial_image"]
    sequence_number: int | None | Unset = UNSET
    background: None | str | Unset = UNSET
    output_format: None | str | Unset = UNSET
    quality: None | str | Unset = UNSET
    size: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        output_index = self.output_index

        partial_image_b64 = self.partial_image_b64

        partial_image_index = self.partial_image_index

        type_ = self.type_

        sequence_number: int | None | Unset
        if isinstance(self.sequence_number, Unset):
            sequence_number = UNSET
        else:
            sequence_number = self.sequence_number

        background: None | str | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        else:
            background = self.background

        output_format: None | str | Unset
        if isinstance(self.output_format, Unset):
            output_format = UNSET
        else:
            output_format = self.output_format

        quality: None | str | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        else:
            quality = self.quality

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_id": item_id,
                "output_index": output_index,
                "partial_image_b64": partial_image_b64,
                "partial_image_index": partial_image_index,
                "type": type_,
            }
        )
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if background is not UNSET:
            field_dict["background"] = background
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if quality is not UNSET:
            field_dict["quality"] = quality
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        partial_image_b64 = d.pop("partial_image_b64")

        partial_image_index = d.pop("partial_image_index")

        type_ = cast("Literal['response.image_generation_call.partial_image']", d.pop("type"))
        if type_ != "response.image_generation_call.partial_image":
            raise ValueError(f"type must match const 'response.image_generation_call.partial_image', got '{type_}'")

        sequence_number: int | None | Unset = d.pop("sequence_number", UNSET)

        background: None | str | Unset = d.pop("background", UNSET)

        output_format: None | str | Unset = d.pop("output_format", UNSET)

        quality: None | str | Unset = d.pop("quality", UNSET)

        size: None | str | Unset = d.pop("size", UNSET)

        response_image_gen_call_partial_image_event = cls(
            item_id,
            output_index,
            partial_image_b64,
            partial_image_index,
            type_,
            sequence_number,
            background,
            output_format,
            quality,
            size,
        )

        response_image_gen_call_partial_image_event.additional_properties = d
        return response_image_gen_call_partial_image_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
