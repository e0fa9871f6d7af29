from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OutputText")


@_attrs_define
class OutputText:
    """
    Attributes:
        type_ (Literal['output_text']):
        text (str):
        annotations (list[ContainerFileCitation | FileCitation | FilePathAnnotation | UnknownAnnotation | UrlCitation]):
        logprobs (list[ResponseLogprob] | None | Unset):
    """

    type_: Literal["output_text"]
    text: str
    annotations: list[ContainerFileCitation | FileCitation | FilePathAnnotation | UnknownAnnotation | UrlCitation]
    logprobs: list[ResponseLogprob] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        annotations = []
        for annotations_item_data in self.annotations:
            annotations_item: dict[str, Any]
            if isinstance(annotations_item_data, UrlCitation):
                annotations_item = annotations_item_data.to_dict()
            elif isinstance(annotations_item_data, FileCitation):
                annotations_item = annotations_item_data.to_dict()
            elif isinstance(annotations_item_data, ContainerFileCitation):
                annotations_item = annotations_item_data.to_dict()
            elif isinstance(annotations_item_data, FilePathAnnotation):
                annotations_item = annotations_item_data.to_dict()
            else:
                annotations_item = annotations_item_data.to_dict()

            annotations.append(annotations_item)

        logprobs: list[dict[str, Any]] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(self.logprobs, list):
            logprobs = []
            for logprobs_type_0_item_data in self.logprobs:
                logprobs_type_0_item = logprobs_type_0_item_data.to_dict()
                logprobs.append(logprobs_type_0_item)

        else:
            logprobs = self.logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
                "annotations": annotations,
            }
        )
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['output_text']", d.pop("type"))
        if type_ != "output_text":
            raise ValueError(f"type must match const 'output_text', got '{type_}'")

        text = d.pop("text")

        annotations = []
        _annotations = d.pop("annotations")
        for annotations_item_data in _annotations:

            def _parse_annotations_item(
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
                raise TypeError(f"expected one of the forms of annotations_item, got {type(data).__name__}")

            annotations_item = _parse_annotations_item(annotations_item_data)

            annotations.append(annotations_item)

        _logprobs = d.pop("logprobs", UNSET)
        logprobs: list[ResponseLogprob] | None | Unset = _logprobs
        if isinstance(_logprobs, list):
            try:
                logprobs_type_0 = []
                _logprobs_type_0 = _logprobs
                for logprobs_type_0_item_data in _logprobs_type_0:
                    logprobs_type_0_item = ResponseLogprob.from_dict(logprobs_type_0_item_data)

                    logprobs_type_0.append(logprobs_type_0_item)

                logprobs = logprobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        output_text = cls(
            type_,
            text,
            annotations,
            logprobs,
        )

        output_text.additional_properties = d
        return output_text

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


# Imported once OutputText exists, so that models which contain each other load in either order.
from ..models.container_file_citation import ContainerFileCitation
from ..models.file_citation import FileCitation
from ..models.file_path_annotation import FilePathAnnotation
from ..models.response_logprob import ResponseLogprob
from ..models.unknown_annotation import UnknownAnnotation
from ..models.url_citation import UrlCitation
