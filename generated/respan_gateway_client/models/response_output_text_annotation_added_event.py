from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResponseOutputTextAnnotationAddedEvent")


@_attrs_define
class ResponseOutputTextAnnotationAddedEvent:
    """
    Attributes:
        type_ (Literal['response.output_text.annotation.added']):
        sequence_number (int): Position of the event in the stream, starting at 0 and increasing by one per event.
        item_id (str):
        output_index (int):
        content_index (int):
        annotation_index (int):
        annotation (FileCitation | UrlCitation):
    """

    type_: Literal["response.output_text.annotation.added"]
    sequence_number: int
    item_id: str
    output_index: int
    content_index: int
    annotation_index: int
    annotation: FileCitation | UrlCitation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sequence_number = self.sequence_number

        item_id = self.item_id

        output_index = self.output_index

        content_index = self.content_index

        annotation_index = self.annotation_index

        annotation: dict[str, Any]
        if isinstance(self.annotation, UrlCitation):
            annotation = self.annotation.to_dict()
        else:
            annotation = self.annotation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sequence_number": sequence_number,
                "item_id": item_id,
                "output_index": output_index,
                "content_index": content_index,
                "annotation_index": annotation_index,
                "annotation": annotation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['response.output_text.annotation.added']", d.pop("type"))
        if type_ != "response.output_text.annotation.added":
            raise ValueError(f"type must match const 'response.output_text.annotation.added', got '{type_}'")

        sequence_number = d.pop("sequence_number")

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        content_index = d.pop("content_index")

        annotation_index = d.pop("annotation_index")

        def _parse_annotation(data: object) -> FileCitation | UrlCitation:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_annotation_type_0 = UrlCitation.from_dict(data)

                return componentsschemas_annotation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_annotation_type_1 = FileCitation.from_dict(data)

            return componentsschemas_annotation_type_1

        annotation = _parse_annotation(d.pop("annotation"))

        response_output_text_annotation_added_event = cls(
            type_=type_,
            sequence_number=sequence_number,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
            annotation_index=annotation_index,
            annotation=annotation,
        )

        response_output_text_annotation_added_event.additional_properties = d
        return response_output_text_annotation_added_event

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


# Imported once ResponseOutputTextAnnotationAddedEvent exists, so that models which contain each other load in either order.
from ..models.file_citation import FileCitation
from ..models.url_citation import UrlCitation
