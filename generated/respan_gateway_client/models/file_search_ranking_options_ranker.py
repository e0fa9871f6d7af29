from typing import Literal, cast

FileSearchRankingOptionsRanker = Literal["auto", "default-2024-11-15"]

FILE_SEARCH_RANKING_OPTIONS_RANKER_VALUES: set[FileSearchRankingOptionsRanker] = {
    "auto",
    "default-2024-11-15",
}


def check_file_search_ranking_options_ranker(value: str) -> FileSearchRankingOptionsRanker:
    if isinstance(value, str):
        return cast("FileSearchRankingOptionsRanker", value)
    raise TypeError(f"Expected a str for FileSearchRankingOptionsRanker, got {type(value).__name__}")
