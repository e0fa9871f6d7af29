from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_search_ranking_options_ranker import (
    FileSearchRankingOptionsRanker,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileSearchRankingOptions")


@_attrs_define
class FileSearchRankingOptions:
    """Ranking options for search.

    Attributes:
        hybrid_search (FileSearchHybridSearch | None | Unset):
        ranker (FileSearchRankingOptionsRanker | None | Unset): The ranker to use for the file search.
        score_threshold (float | None | Unset): The score threshold for the file search, a number between 0 and 1.

            Numbers closer to 1 will attempt to return only the most relevant results, but may return fewer results.
    """

    hybrid_search: FileSearchHybridSearch | None | Unset = UNSET
    ranker: FileSearchRankingOptionsRanker | None | Unset = UNSET
    score_threshold: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hybrid_search: dict[str, Any] | None | Unset
        if isinstance(self.hybrid_search, Unset):
            hybrid_search = UNSET
        elif isinstance(self.hybrid_search, FileSearchHybridSearch):
            hybrid_search = self.hybrid_search.to_dict()
        else:
            hybrid_search = self.hybrid_search

        ranker: None | str | Unset
        if isinstance(self.ranker, Unset):
            ranker = UNSET
        elif isinstance(self.ranker, str):
            ranker = self.ranker
        else:
            ranker = self.ranker

        score_threshold: float | None | Unset
        if isinstance(self.score_threshold, Unset):
            score_threshold = UNSET
        else:
            score_threshold = self.score_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hybrid_search is not UNSET:
            field_dict["hybrid_search"] = hybrid_search
        if ranker is not UNSET:
            field_dict["ranker"] = ranker
        if score_threshold is not UNSET:
            field_dict["score_threshold"] = score_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hybrid_search: FileSearchHybridSearch | None | Unset = d.pop("hybrid_search", UNSET)
        if isinstance(hybrid_search, dict):
            try:
                hybrid_search = FileSearchHybridSearch.from_dict(hybrid_search)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # not readable as FileSearchHybridSearch: kept as it came

        ranker: FileSearchRankingOptionsRanker | None | Unset = d.pop("ranker", UNSET)

        score_threshold: float | None | Unset = d.pop("score_threshold", UNSET)

        file_search_ranking_options = cls(
            hybrid_search,
            ranker,
            score_threshold,
        )

        file_search_ranking_options.additional_properties = d
        return file_search_ranking_options

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


# Imported once FileSearchRankingOptions exists, so that models which contain each other load in either order.
from ..models.file_search_hybrid_search import FileSearchHybridSearch
