from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_search_ranking_options_ranker import (
    FileSearchRankingOptionsRanker,
    check_file_search_ranking_options_ranker,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileSearchRankingOptions")


@_attrs_define
class FileSearchRankingOptions:
    """Ranking options for search.

    Attributes:
        hybrid_search (FileSearchHybridSearch | Unset): Weights that control how reciprocal rank fusion balances
            semantic embedding matches versus sparse keyword
            matches when hybrid search is enabled.
        ranker (FileSearchRankingOptionsRanker | Unset): The ranker to use for the file search.
        score_threshold (float | Unset): The score threshold for the file search, a number between 0 and 1.

            Numbers closer to 1 will attempt to return only the most relevant results, but may return fewer results.
    """

    hybrid_search: FileSearchHybridSearch | Unset = UNSET
    ranker: FileSearchRankingOptionsRanker | Unset = UNSET
    score_threshold: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hybrid_search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hybrid_search, Unset):
            hybrid_search = self.hybrid_search.to_dict()

        ranker: str | Unset = UNSET
        if not isinstance(self.ranker, Unset):
            ranker = self.ranker

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
        _hybrid_search = d.pop("hybrid_search", UNSET)
        hybrid_search: FileSearchHybridSearch | Unset
        if isinstance(_hybrid_search, Unset):
            hybrid_search = UNSET
        else:
            hybrid_search = FileSearchHybridSearch.from_dict(_hybrid_search)

        _ranker = d.pop("ranker", UNSET)
        ranker: FileSearchRankingOptionsRanker | Unset
        if isinstance(_ranker, Unset):
            ranker = UNSET
        else:
            ranker = check_file_search_ranking_options_ranker(_ranker)

        score_threshold = d.pop("score_threshold", UNSET)

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
