from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_search_call_status import FileSearchCallStatus, check_file_search_call_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileSearchCall")


@_attrs_define
class FileSearchCall:
    """The results of a file search tool call.

    See the [file search guide](https://developers.openai.com/api/docs/guides/tools-file-search) for more
    information.

        Attributes:
            id (str): The unique ID of the file search tool call.
            queries (list[str]): The queries used to search for files.
            status (FileSearchCallStatus): The status of the file search tool call.

                One of `in_progress`, `searching`, `incomplete` or `failed`,
            type_ (Literal['file_search_call']): The type of the file search tool call. Always `file_search_call`.
            results (list[FileSearchResult] | None | Unset): The results of the file search tool call.
    """

    id: str
    queries: list[str]
    status: FileSearchCallStatus
    type_: Literal["file_search_call"]
    results: list[FileSearchResult] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        queries = self.queries

        status: str = self.status

        type_ = self.type_

        results: list[dict[str, Any]] | None | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        elif isinstance(self.results, list):
            results = []
            for results_type_0_item_data in self.results:
                results_type_0_item = results_type_0_item_data.to_dict()
                results.append(results_type_0_item)

        else:
            results = self.results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "queries": queries,
                "status": status,
                "type": type_,
            }
        )
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        queries = cast("list[str]", d.pop("queries"))

        status = check_file_search_call_status(d.pop("status"))

        type_ = cast("Literal['file_search_call']", d.pop("type"))
        if type_ != "file_search_call":
            raise ValueError(f"type must match const 'file_search_call', got '{type_}'")

        _results = d.pop("results", UNSET)
        results: list[FileSearchResult] | None | Unset = _results
        if isinstance(_results, list):
            try:
                results_type_0 = []
                _results_type_0 = _results
                for results_type_0_item_data in _results_type_0:
                    results_type_0_item = FileSearchResult.from_dict(results_type_0_item_data)

                    results_type_0.append(results_type_0_item)

                results = results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # an item it cannot read: the list kept as it came

        file_search_call = cls(
            id,
            queries,
            status,
            type_,
            results,
        )

        file_search_call.additional_properties = d
        return file_search_call

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


# Imported once FileSearchCall exists, so that models which contain each other load in either order.
from ..models.file_search_result import FileSearchResult
