from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileSearchResult")


@_attrs_define
class FileSearchResult:
    """
    Attributes:
        attributes (FileSearchResultAttributesType0 | None | Unset): Set of 16 key-value pairs that can be attached to
            an object.

            This can be useful for storing additional information about the object in a structured format, and querying
            for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are
            strings with a maximum length of 512 characters, booleans, or numbers.
        file_id (None | str | Unset): The unique ID of the file.
        filename (None | str | Unset): The name of the file.
        score (float | None | Unset): The relevance score of the file - a value between 0 and 1.
        text (None | str | Unset): The text that was retrieved from the file.
    """

    attributes: FileSearchResultAttributesType0 | None | Unset = UNSET
    file_id: None | str | Unset = UNSET
    filename: None | str | Unset = UNSET
    score: float | None | Unset = UNSET
    text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, FileSearchResultAttributesType0):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if filename is not UNSET:
            field_dict["filename"] = filename
        if score is not UNSET:
            field_dict["score"] = score
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attributes: FileSearchResultAttributesType0 | None | Unset = d.pop("attributes", UNSET)
        if isinstance(attributes, dict):
            try:
                attributes = FileSearchResultAttributesType0.from_dict(attributes)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as FileSearchResultAttributesType0: kept as it came

        file_id: None | str | Unset = d.pop("file_id", UNSET)

        filename: None | str | Unset = d.pop("filename", UNSET)

        score: float | None | Unset = d.pop("score", UNSET)

        text: None | str | Unset = d.pop("text", UNSET)

        file_search_result = cls(
            attributes,
            file_id,
            filename,
            score,
            text,
        )

        file_search_result.additional_properties = d
        return file_search_result

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


# Imported once FileSearchResult exists, so that models which contain each other load in either order.
from ..models.file_search_result_attributes_type_0 import FileSearchResultAttributesType0
