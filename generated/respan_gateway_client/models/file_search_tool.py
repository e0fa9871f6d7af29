from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileSearchTool")


@_attrs_define
class FileSearchTool:
    """A tool that searches for relevant content from uploaded files.

    Learn more about the [file search tool](https://developers.openai.com/api/docs/guides/tools-file-search).

        Attributes:
            type_ (Literal['file_search']): The type of the file search tool. Always `file_search`.
            vector_store_ids (list[str]): The IDs of the vector stores to search.
            filters (ComparisonFilter | CompoundFilter | None | Unset): A filter to apply.
            max_num_results (int | None | Unset): The maximum number of results to return.

                This number should be between 1 and 50 inclusive.
            ranking_options (FileSearchRankingOptions | None | Unset):
    """

    type_: Literal["file_search"]
    vector_store_ids: list[str]
    filters: ComparisonFilter | CompoundFilter | None | Unset = UNSET
    max_num_results: int | None | Unset = UNSET
    ranking_options: FileSearchRankingOptions | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        vector_store_ids = self.vector_store_ids

        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, ComparisonFilter):
            filters = self.filters.to_dict()
        elif isinstance(self.filters, CompoundFilter):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        max_num_results: int | None | Unset
        if isinstance(self.max_num_results, Unset):
            max_num_results = UNSET
        else:
            max_num_results = self.max_num_results

        ranking_options: dict[str, Any] | None | Unset
        if isinstance(self.ranking_options, Unset):
            ranking_options = UNSET
        elif isinstance(self.ranking_options, FileSearchRankingOptions):
            ranking_options = self.ranking_options.to_dict()
        else:
            ranking_options = self.ranking_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "vector_store_ids": vector_store_ids,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters
        if max_num_results is not UNSET:
            field_dict["max_num_results"] = max_num_results
        if ranking_options is not UNSET:
            field_dict["ranking_options"] = ranking_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['file_search']", d.pop("type"))
        if type_ != "file_search":
            raise ValueError(f"type must match const 'file_search', got '{type_}'")

        vector_store_ids = cast("list[str]", d.pop("vector_store_ids"))

        def _parse_filters(data: object) -> ComparisonFilter | CompoundFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                kind = data.get("type")
                try:
                    if kind in (
                        "eq",
                        "gt",
                        "gte",
                        "in",
                        "lt",
                        "lte",
                        "ne",
                        "nin",
                    ):
                        return ComparisonFilter.from_dict(data)
                    if kind in (
                        "and",
                        "or",
                    ):
                        return CompoundFilter.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass  # a known `type` it cannot read: try the other members, then keep it in the catch-all

            return cast("ComparisonFilter | CompoundFilter | None | Unset", data)

        filters = _parse_filters(d.pop("filters", UNSET))

        max_num_results: int | None | Unset = d.pop("max_num_results", UNSET)

        ranking_options: FileSearchRankingOptions | None | Unset = d.pop("ranking_options", UNSET)
        if isinstance(ranking_options, dict):
            try:
                ranking_options = FileSearchRankingOptions.from_dict(ranking_options)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as FileSearchRankingOptions: kept as it came

        file_search_tool = cls(
            type_,
            vector_store_ids,
            filters,
            max_num_results,
            ranking_options,
        )

        file_search_tool.additional_properties = d
        return file_search_tool

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


# Imported once FileSearchTool exists, so that models which contain each other load in either order.
from ..models.comparison_filter import ComparisonFilter
from ..models.compound_filter import CompoundFilter
from ..models.file_search_ranking_options import FileSearchRankingOptions
