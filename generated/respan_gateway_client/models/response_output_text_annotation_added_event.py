from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseOutputTextAnnotationAddedEvent")


@_attrs_define
class ResponseOutputTextAnnotationAddedEvent:
    """
    Attributes:
        type_ (Literal['response.output_text.annotation.added']):
        item_id (str):
        output_index (int):
        content_index (int):
        annotation_index (int):
        annotation (ContainerFileCitation | FileCitation | FilePathAnnotation | UnknownAnnotation | UrlCitation):
        sequence_number (int | None | Unset):
    """

    type_: Literal["response.output_text.annotation.added"]
    item_id: str
    output_index: int
    content_index: int
    annotation_index: int
    annotation: ContainerFileCitation | FileCitation | FilePathAnnotation | UnknownAnnotation | UrlCitation
    sequence_number: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        item_id = self.item_id

        output_index = self.output_index

        content_index = self.content_index

        annotation_index = self.annotation_index

        annotation: dict[str, Any]
        if isinstance(self.annotation, UrlCitation):
            annotation = self.annotation.to_dict()
        elif isinstance(self.annotation, FileCitation):
            annotation = self.annotation.to_dict()
        elif isinstance(self.annotation, ContainerFileCitation):
            annotation = self.annotation.to_dict()
        elif isinstance(self.annotation, FilePathAnnotation):
            annotation = self.annotation.to_dict()
        else:
            annotation = self.annotation.to_dict()

        sequence_number: int | None | Unset
        if isinstance(self.sequence_number, Unset):
            sequence_number = UNSET
        else:
            sequence_number = self.sequence_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "item_id": item_id,
                "output_index": output_index,
                "content_index": content_index,
                "annotation_index": annotation_index,
                "annotation": annotation,
            }
        )
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['response.output_text.annotation.added']", d.pop("type"))
        if type_ != "response.output_text.annotation.added":
            raise ValueError(f"type must match const 'response.output_text.annotation.added', got '{type_}'")

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        content_index = d.pop("content_index")

        annotation_index = d.pop("annotation_index")

        def _parse_annotation(
            data: object,
        ) -> ContainerFileCitation | FileCitation | FilePathAnnotation | UnknownAnnotation | UrlCitation:
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind == "url_citation":
                        return UrlCitation.from_dict(data)
                    if kind == "file_citation":
                        return FileCitation.from_dict(data)
                    if kind == "container_file_citation":
                        return ContainerFileCitation.from_dict(data)
                    if kind == "file_path":
                        return FilePathAnnotation.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

            if isinstance(data, dict):
                return UnknownAnnotation.from_dict(data)
            raise TypeError(f"expected one of the forms of annotation, got {type(data).__name__}")

        annotation = _parse_annotation(d.pop("annotation"))

        sequence_number: int | None | Unset = d.pop("sequence_number", UNSET)

        response_output_text_annotation_added_event = cls(
            type_,
            item_id,
            output_index,
            content_index,
            annotation_index,
            annotation,
            sequence_number,
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
from ..models.container_file_citation import ContainerFileCitation
from ..models.file_citation import FileCitation
from ..models.file_path_annotation import FilePathAnnotation
from ..models.unknown_annotation import UnknownAnnotation
from ..models.url_citation import UrlCitation
