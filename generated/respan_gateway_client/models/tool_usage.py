from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ToolUsage")


@_attrs_define
class ToolUsage:
    """Usage reported by hosted tools, separate from base model `usage`.

    The field can be omitted when tool usage is unavailable. When present, tool families with no recorded usage
    have zero counts.

    `image_gen` sums available token counts across image generation calls. Calls with missing or incomplete usage
    records may be skipped. Output token details and cached input counts can be omitted. An omitted cache count
    means cache usage is unknown.

    `web_search.num_requests` counts billable searches. Discounted searches and actions such as opening a page are
    excluded. Use billing records to reconcile final charges.

        Attributes:
            image_gen (ToolUsageImageGen): Aggregated usage statistics for image generation tool calls.
            web_search (ToolUsageWebSearch): Aggregated billable usage statistics for web search tool calls.
    """

    image_gen: ToolUsageImageGen
    web_search: ToolUsageWebSearch
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_gen = self.image_gen.to_dict()

        web_search = self.web_search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_gen": image_gen,
                "web_search": web_search,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_gen = ToolUsageImageGen.from_dict(d.pop("image_gen"))

        web_search = ToolUsageWebSearch.from_dict(d.pop("web_search"))

        tool_usage = cls(
            image_gen,
            web_search,
        )

        tool_usage.additional_properties = d
        return tool_usage

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


# Imported once ToolUsage exists, so that models which contain each other load in either order.
from ..models.tool_usage_image_gen import ToolUsageImageGen
from ..models.tool_usage_web_search import ToolUsageWebSearch
