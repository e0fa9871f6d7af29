"""OpenAI's hosted tools as a model that uses them would answer: web search, file search, code interpreter, image
generation and remote MCP servers.

Each hosted tool the request offers, and `tool_choice` allows, is called once before the answer, deterministically
from the request's digest: its output item comes before the message in `output`, the message's text cites what a
search found (`url_citation`, `file_citation` annotations), and a stream carries each item's own events, in the
order OpenAI documents, between its output_item.added and output_item.done.
"""

from __future__ import annotations

import base64
import json
import random
import struct
import zlib
from collections.abc import Iterator, Mapping
from typing import Any, Final

from respan_mock import _tokens
from respan_mock._synth import new_id

WEB_SEARCH: Final = frozenset(
    {"web_search", "web_search_2025_08_26", "web_search_preview", "web_search_preview_2025_03_11"}
)
HOSTED: Final = WEB_SEARCH | {"file_search", "code_interpreter", "image_generation", "mcp"}
_FAMILY: Final = {name: "web_search" for name in WEB_SEARCH}
_PAGES: Final = (
    ("https://example.com/weather/paris", "Paris weather today"),
    ("https://example.org/guides/rivers", "A guide to rivers"),
    ("https://example.net/notes/markets", "Market notes"),
)
_CODE: Final = "values = [3, 1, 2]\nprint(sorted(values))\n"
_MCP_TOOL: Final[dict[str, Any]] = {
    "name": "lookup",
    "description": "Look a term up on the server.",
    "input_schema": {"type": "object", "properties": {"term": {"type": "string"}}, "required": ["term"]},
    "annotations": None,
}
Event = tuple[str, dict[str, Any]]


def called_tools(body: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The hosted tools of the request that the model calls: all offered ones unless `tool_choice` is `none`,
    names another tool, or restricts the choice (allowed tools, one hosted tool type, one MCP server)."""
    tools = [tool for tool in body.get("tools") or () if isinstance(tool, dict) and tool.get("type") in HOSTED]
    choice = body.get("tool_choice", "auto")
    if choice == "none" or not tools:
        return []
    if not isinstance(choice, dict):
        return tools
    kind = choice.get("type")
    if kind == "allowed_tools":
        allowed = [tool for tool in choice.get("tools") or () if isinstance(tool, dict)]
        return [tool for tool in tools if any(_same_tool(tool, other) for other in allowed)]
    if kind == "mcp":
        label = choice.get("server_label")
        return [tool for tool in tools if tool["type"] == "mcp" and tool.get("server_label") == label]
    if kind in HOSTED:
        return [tool for tool in tools if _family(tool["type"]) == _family(str(kind))]
    return []  # a function, custom or client-executed tool is named: only that one is called


def items(tools: list[dict[str, Any]], body: Mapping[str, Any], seed: int) -> list[dict[str, Any]]:
    """The finished output items of the calls to `tools` (an MCP server first lists its tools, then is called)."""
    rng = random.Random(seed ^ 0x7001)
    include = set(body.get("include") or ())
    query = _query(body)
    found: list[dict[str, Any]] = []
    for tool in tools:
        family = _family(tool["type"])
        if family == "web_search":
            found.append(_web_search(query, rng, "web_search_call.action.sources" in include))
        elif family == "file_search":
            found.append(_file_search(tool, query, rng, "file_search_call.results" in include))
        elif family == "code_interpreter":
            found.append(_code_interpreter(tool, "code_interpreter_call.outputs" in include))
        elif family == "image_generation":
            found.append(_image_generation(tool, rng))
        else:
            found += _mcp(tool, query)
    return found


def citations(found: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """What the message's `text` cites: each web page searched (the first sentence), each file found."""
    cited = text.find(".") + 1 or len(text)
    result: list[dict[str, Any]] = []
    for item in found:
        if item["type"] == "web_search_call":
            for url, title in _pages(item):
                page = {"url": url, "title": title, "start_index": 0, "end_index": cited}
                result.append({"type": "url_citation", **page})
        elif item["type"] == "file_search_call":
            for hit in item.get("results") or _file_hits(item):
                result.append(
                    {"type": "file_citation", "file_id": hit["file_id"], "filename": hit["filename"], "index": cited}
                )
    return result


def opening(item: dict[str, Any]) -> dict[str, Any]:
    """The item as response.output_item.added announces it: in progress, its results not there yet."""
    started = {**item, "status": "in_progress"}
    kind = item["type"]
    if kind == "code_interpreter_call":
        started.update(code="", outputs=None)
    elif kind == "image_generation_call":
        started["result"] = None
    elif kind == "mcp_call":
        started.update(arguments="", output=None)
    elif kind == "file_search_call":
        started["results"] = None
    elif kind == "mcp_list_tools":
        started = {key: value for key, value in started.items() if key != "status"}
        started["tools"] = []
    return started


def item_events(item: dict[str, Any], tool: Mapping[str, Any] | None) -> Iterator[Event]:
    """The events between an item's output_item.added and output_item.done (without item_id and output_index)."""
    kind = item["type"]
    if kind in ("web_search_call", "file_search_call"):
        family = kind.removesuffix("_call")
        yield from ((f"response.{family}_call.{step}", {}) for step in ("in_progress", "searching", "completed"))
    elif kind == "code_interpreter_call":
        yield "response.code_interpreter_call.in_progress", {}
        yield from (("response.code_interpreter_call_code.delta", {"delta": piece}) for piece in _pieces(item["code"]))
        yield "response.code_interpreter_call_code.done", {"code": item["code"]}
        yield "response.code_interpreter_call.interpreting", {}
        yield "response.code_interpreter_call.completed", {}
    elif kind == "image_generation_call":
        yield "response.image_generation_call.in_progress", {}
        yield "response.image_generation_call.generating", {}
        partials = tool.get("partial_images", 0) if tool else 0
        for index in range(partials if isinstance(partials, int) else 0):
            partial = {"partial_image_index": index, "partial_image_b64": item["result"]}
            yield "response.image_generation_call.partial_image", partial
        yield "response.image_generation_call.completed", {}
    elif kind == "mcp_list_tools":
        yield "response.mcp_list_tools.in_progress", {}
        yield "response.mcp_list_tools.completed", {}
    elif kind == "mcp_call":
        yield "response.mcp_call.in_progress", {}
        yield from (("response.mcp_call_arguments.delta", {"delta": piece}) for piece in _pieces(item["arguments"]))
        yield "response.mcp_call_arguments.done", {"arguments": item["arguments"]}
        yield "response.mcp_call.completed", {}


def tool_of(item: dict[str, Any], tools: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The request's tool that made `item`."""
    family = item["type"].removesuffix("_call").removesuffix("_list_tools")
    for tool in tools:
        same_server = family != "mcp" or tool.get("server_label") == item.get("server_label")
        if isinstance(tool, dict) and _family(str(tool.get("type"))) == family and same_server:
            return tool
    return None


def png(seed: int, size: int = 8) -> bytes:
    """A valid `size` x `size` PNG of one colour drawn from `seed` (the image generation tool's result)."""
    colour = bytes(random.Random(seed).randrange(256) for _ in range(3))
    rows = b"".join(b"\x00" + colour * size for _ in range(size))  # filter type 0 per row, then RGB pixels

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)  # 8-bit RGB, no interlace
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def _web_search(query: str, rng: random.Random, with_sources: bool) -> dict[str, Any]:
    action: dict[str, Any] = {"type": "search", "query": query, "queries": [query]}
    if with_sources:
        action["sources"] = [{"type": "url", "url": url} for url, _ in _PAGES[: 1 + rng.randrange(len(_PAGES))]]
    return {"id": new_id("ws_"), "type": "web_search_call", "status": "completed", "action": action}


def _pages(item: dict[str, Any]) -> list[tuple[str, str]]:
    sources = item["action"].get("sources")
    if not sources:
        return [_PAGES[0]]
    titles = dict(_PAGES)
    return [(source["url"], titles.get(source["url"], source["url"])) for source in sources]


def _file_search(tool: Mapping[str, Any], query: str, rng: random.Random, with_results: bool) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": new_id("fs_"),
        "type": "file_search_call",
        "status": "completed",
        "queries": [query],
        "results": None,
    }
    if with_results:
        stores = tool.get("vector_store_ids") or ["vs_mock"]
        wanted = tool.get("max_num_results")
        limit = wanted if isinstance(wanted, int) else 2
        item["results"] = [
            {
                "file_id": f"file-{stores[index % len(stores)]}-{index}",
                "filename": f"notes-{index}.txt",
                "score": round(0.9 - 0.1 * index - rng.random() * 0.05, 4),
                "text": f"Notes about {query}.",
                "attributes": {},
            }
            for index in range(max(min(limit, 2), 1))
        ]
    return item


def _file_hits(item: dict[str, Any]) -> list[dict[str, Any]]:
    """The file a search without `include: file_search_call.results` still cites."""
    return [{"file_id": f"file-{item['id']}", "filename": "notes-0.txt"}]


def _code_interpreter(tool: Mapping[str, Any], with_outputs: bool) -> dict[str, Any]:
    container = tool.get("container")
    container_id = container if isinstance(container, str) else "cntr_mock"
    return {
        "id": new_id("ci_"),
        "type": "code_interpreter_call",
        "status": "completed",
        "container_id": container_id,
        "code": _CODE,
        "outputs": [{"type": "logs", "logs": "[1, 2, 3]\n"}] if with_outputs else None,
    }


def _image_generation(tool: Mapping[str, Any], rng: random.Random) -> dict[str, Any]:
    image = base64.b64encode(png(rng.randrange(2**32))).decode()
    return {
        "id": new_id("ig_"),
        "type": "image_generation_call",
        "status": "completed",
        "result": image,
        "output_format": "png",
        "size": "1024x1024",
        "quality": tool.get("quality") if tool.get("quality") in ("low", "medium", "high") else "low",
        "background": "opaque",
        "revised_prompt": "A small square of one colour.",
    }


def _mcp(tool: Mapping[str, Any], query: str) -> list[dict[str, Any]]:
    label = str(tool.get("server_label"))
    listed: dict[str, Any] = {"id": new_id("mcpl_"), "type": "mcp_list_tools", "server_label": label}
    listed.update(tools=[_MCP_TOOL], error=None)
    arguments = json.dumps({"term": query})
    call = {
        "id": new_id("mcp_"),
        "type": "mcp_call",
        "status": "completed",
        "server_label": label,
        "name": _MCP_TOOL["name"],
        "arguments": arguments,
        "output": f"Found an entry for {query}.",
        "error": None,
        "approval_request_id": None,
    }
    return [listed, call]


def _query(body: Mapping[str, Any]) -> str:
    """What the user asked, as a search query: the last user text, at most ten words."""
    given = body.get("input")
    text = given if isinstance(given, str) else _last_user_text(given if isinstance(given, list) else [])
    return " ".join(text.split()[:10]) or "the question"


def _last_user_text(conversation: list[Any]) -> str:
    for item in reversed(conversation):
        if isinstance(item, dict) and item.get("role") == "user":
            content = item.get("content")
            if isinstance(content, str):
                return content
            if isinstance(content, list):
                return " ".join(part.get("text", "") for part in content if isinstance(part, dict))
    return ""


def _pieces(text: str) -> list[str]:
    return _tokens.tokenize(text) or [text]


def _family(tool_type: str) -> str:
    return _FAMILY.get(tool_type, tool_type)


def _same_tool(tool: Mapping[str, Any], other: Mapping[str, Any]) -> bool:
    if _family(str(tool.get("type"))) != _family(str(other.get("type"))):
        return False
    return tool.get("type") != "mcp" or tool.get("server_label") == other.get("server_label")
