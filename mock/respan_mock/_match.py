"""What a fixture matches on, and what a request offers to be matched: the endpoint, the requested and the serving
model, the last user message (Responses: the last user input text), the system/developer messages or
`instructions`, whether the conversation ends with a tool result (for which call id and function), the tools
offered, Respan parameters, headers, and JSON pointers of the body. Each criterion checks a request cheaply and,
when it fails, says why (for strict mode's "closest fixture" message)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from respan_mock import _json
from respan_mock._errors import shown
from respan_mock._limits import customer_of
from respan_mock._params import RespanParams

_MISSING: Final = object()


class TextMatch:
    """A string criterion: `equals`, `contains` (case-sensitive) or `regex` (re.search)."""

    __slots__ = ("_pattern", "kind", "value")

    def __init__(self, kind: str, value: str) -> None:
        self.kind = kind
        self.value = value
        self._pattern = re.compile(value) if kind == "regex" else None

    def test(self, text: str | None) -> bool:
        if text is None:
            return False
        if self.kind == "equals":
            return text == self.value
        if self.kind == "contains":
            return self.value in text
        assert self._pattern is not None
        return self._pattern.search(text) is not None

    def describe(self) -> str:
        verb = {"equals": "is", "contains": "contains", "regex": "matches the regex"}[self.kind]
        return f"{verb} {shown(self.value)}"


def text_match(spec: str | Mapping[str, str], plain: str) -> TextMatch:
    """A TextMatch from a fixture's value: a string means `plain` (equals or contains); a mapping names its kind."""
    if isinstance(spec, str):
        return TextMatch(plain, spec)
    ((kind, value),) = spec.items()
    return TextMatch(kind, value)


@dataclass(frozen=True, slots=True)
class ToolResult:
    call_id: str | None
    function: str | None


class RequestView:
    """A request as the fixtures see it; each feature is worked out once, on first use."""

    __slots__ = (
        "_system",
        "_tool_result",
        "_tools",
        "_user",
        "body",
        "conversation",
        "endpoint",
        "headers",
        "model",
        "params",
        "serving_model",
        "stream",
    )

    def __init__(
        self,
        endpoint: str,
        body: Mapping[str, Any],
        conversation: Sequence[Any],
        params: RespanParams,
        headers: Mapping[str, str],
        serving_model: str,
    ) -> None:
        self.endpoint = endpoint
        self.body = body
        self.conversation = conversation
        self.params = params
        self.headers = headers
        self.model = body.get("model")
        self.serving_model = serving_model
        self.stream = bool(body.get("stream", False))
        self._user: Any = _MISSING
        self._system: Any = _MISSING
        self._tool_result: Any = _MISSING
        self._tools: frozenset[str] | None = None

    @property
    def user_text(self) -> str | None:
        if self._user is _MISSING:
            self._user = last_user_text(self.conversation)
        result: str | None = self._user
        return result

    @property
    def system_text(self) -> str | None:
        if self._system is _MISSING:
            self._system = system_text(self.endpoint, self.body, self.conversation)
        result: str | None = self._system
        return result

    @property
    def tool_result(self) -> ToolResult | None:
        if self._tool_result is _MISSING:
            self._tool_result = final_tool_result(self.conversation)
        result: ToolResult | None = self._tool_result
        return result

    @property
    def tools(self) -> frozenset[str]:
        if self._tools is None:
            self._tools = offered_tools(self.body.get("tools"))
        return self._tools


def content_text(content: Any) -> str | None:
    """The text of a message's content: a string, or its text parts joined by newlines."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = [part["text"] for part in content if isinstance(part, dict) and isinstance(part.get("text"), str)]
        return "\n".join(texts) if texts else None
    return None


def _role(item: Any) -> str | None:
    if not isinstance(item, dict) or item.get("type", "message") != "message":
        return None
    role = item.get("role")
    return role if isinstance(role, str) else None


def last_user_text(conversation: Sequence[Any]) -> str | None:
    """The text of the last user message (chat) or user input item (Responses)."""
    for item in reversed(conversation):
        if _role(item) == "user":
            return content_text(item.get("content"))
    return None


def system_text(endpoint: str, body: Mapping[str, Any], conversation: Sequence[Any]) -> str | None:
    """The system and developer messages (and the Responses `instructions`), joined by newlines."""
    texts = []
    instructions = body.get("instructions") if endpoint == "responses" else None
    if isinstance(instructions, str):
        texts.append(instructions)
    for item in conversation:
        if _role(item) in ("system", "developer"):
            text = content_text(item.get("content"))
            if text is not None:
                texts.append(text)
    return "\n".join(texts) if texts else None


def final_tool_result(conversation: Sequence[Any]) -> ToolResult | None:
    """When the conversation ends with a tool result: its call id and the function that call named."""
    if not conversation or not isinstance(conversation[-1], dict):
        return None
    last = conversation[-1]
    if last.get("role") == "tool":
        call_id = last.get("tool_call_id")
    elif last.get("type") == "function_call_output":
        call_id = last.get("call_id")
    else:
        return None
    return ToolResult(call_id if isinstance(call_id, str) else None, _called_function(conversation, call_id))


def _called_function(conversation: Sequence[Any], call_id: Any) -> str | None:
    for item in reversed(conversation):
        if not isinstance(item, dict):
            continue
        if item.get("type") == "function_call" and item.get("call_id") == call_id:
            name = item.get("name")
            return name if isinstance(name, str) else None
        for call in item.get("tool_calls") or ():
            if isinstance(call, dict) and call.get("id") == call_id:
                name = (call.get("function") or {}).get("name")
                return name if isinstance(name, str) else None
    return None


def offered_tools(tools: Any) -> frozenset[str]:
    """Names of the function tools offered (chat and Responses), and the types of hosted tools."""
    names = set()
    for tool in tools if isinstance(tools, list) else ():
        if not isinstance(tool, dict):
            continue
        function = tool.get("function")
        name = function.get("name") if isinstance(function, dict) else tool.get("name")
        if tool.get("type") == "function" and isinstance(name, str):
            names.add(name)
        elif isinstance(tool.get("type"), str):
            names.add(tool["type"])
    return frozenset(names)


def json_pointer(document: Any, pointer: str) -> Any:
    """The value at an RFC 6901 pointer, or _MISSING."""
    if pointer == "":
        return document
    node = document
    for raw in pointer[1:].split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return _MISSING
    return node


@dataclass(frozen=True, slots=True)
class Criterion:
    """One condition of a fixture: `field` names it as the fixture file does (`match.user`), `test` checks a
    request, `why` explains a failure."""

    field: str
    test: Callable[[RequestView], bool]
    why: Callable[[RequestView], str]


def _text_criterion(field: str, match: TextMatch, get: Callable[[RequestView], Any], what: str) -> Criterion:
    def value(view: RequestView) -> str | None:
        found = get(view)
        if found is None or isinstance(found, str):
            return found
        return _json.dumps(found).decode()

    def why(view: RequestView) -> str:
        found = value(view)
        if found is None:
            return f"the request has no {what}"
        return f"{what} {shown(found)} does not satisfy: {match.describe()}"

    return Criterion(field, lambda view: match.test(value(view)), why)


def compile_match(match: Mapping[str, Any]) -> tuple[list[Criterion], dict[str, Any]]:
    """The criteria of a checked `match` mapping, and the exact values the table may index on."""
    criteria: list[Criterion] = []
    index: dict[str, Any] = {}
    for key, spec in match.items():
        criteria.extend(_CRITERIA[key](spec, index))
    return criteria, index


def _endpoint(spec: str, index: dict[str, Any]) -> list[Criterion]:
    index["endpoint"] = spec
    return [
        Criterion("match.endpoint", lambda view: view.endpoint == spec, lambda view: f"endpoint is {view.endpoint}")
    ]


def _model(spec: Any, index: dict[str, Any]) -> list[Criterion]:
    match = text_match(spec, "equals")
    if match.kind == "equals":
        index["model"] = match.value
    return [_text_criterion("match.model", match, lambda view: view.model, "requested model")]


def _serving_model(spec: Any, index: dict[str, Any]) -> list[Criterion]:
    match = text_match(spec, "equals")
    return [_text_criterion("match.serving_model", match, lambda view: view.serving_model, "serving model")]


def _user(spec: Any, index: dict[str, Any]) -> list[Criterion]:
    match = text_match(spec, "contains")
    if match.kind in ("equals", "contains"):
        index["user_" + match.kind] = match.value
    return [_text_criterion("match.user", match, lambda view: view.user_text, "last user message")]


def _system(spec: Any, index: dict[str, Any]) -> list[Criterion]:
    match = text_match(spec, "contains")
    return [_text_criterion("match.system", match, lambda view: view.system_text, "system/developer message")]


def _stream(spec: bool, index: dict[str, Any]) -> list[Criterion]:
    def why(view: RequestView) -> str:
        return "the request streams" if view.stream else "the request does not stream"

    return [Criterion("match.stream", lambda view: view.stream == spec, why)]


def _tool_result(spec: bool | Mapping[str, Any], index: dict[str, Any]) -> list[Criterion]:
    if spec is False:
        return [
            Criterion(
                "match.tool_result",
                lambda view: view.tool_result is None,
                lambda view: "the conversation ends with a tool result",
            )
        ]
    wanted = {key: text_match(value, "equals") for key, value in spec.items()} if isinstance(spec, Mapping) else {}

    def test(view: RequestView) -> bool:
        result = view.tool_result
        return result is not None and all(match.test(getattr(result, key)) for key, match in wanted.items())

    def why(view: RequestView) -> str:
        result = view.tool_result
        if result is None:
            return "the conversation does not end with a tool result"
        for key, match in wanted.items():
            found = getattr(result, key)
            if not match.test(found):
                what = "call id" if key == "call_id" else "function"
                return f"the tool result's {what} is {shown(found)}, which does not satisfy: {match.describe()}"
        return "it does"

    return [Criterion("match.tool_result", test, why)]


def _tools(spec: list[str], index: dict[str, Any]) -> list[Criterion]:
    wanted = frozenset(spec)

    def why(view: RequestView) -> str:
        missing = ", ".join(sorted(wanted - view.tools))
        offered = ", ".join(sorted(view.tools)) or "none"
        return f"tools {missing} not offered (offered: {offered})"

    return [Criterion("match.tools", lambda view: wanted <= view.tools, why)]


def _param(name: str) -> Callable[[Any, dict[str, Any]], list[Criterion]]:
    def build(spec: Any, index: dict[str, Any]) -> list[Criterion]:
        match = text_match(spec, "equals")
        return [_text_criterion(f"match.{name}", match, lambda view: view.params.get(name), name)]

    return build


def _customer(spec: Any, index: dict[str, Any]) -> list[Criterion]:
    match = text_match(spec, "equals")
    return [_text_criterion("match.customer_identifier", match, lambda view: customer_of(view.params)[0], "customer")]


def _metadata(spec: Mapping[str, Any], index: dict[str, Any]) -> list[Criterion]:
    def field(key: str) -> Callable[[RequestView], Any]:
        def get(view: RequestView) -> Any:
            metadata = view.params.get("metadata")
            return metadata.get(key) if isinstance(metadata, dict) else None

        return get

    return [
        _text_criterion(f"match.metadata.{key}", text_match(item, "equals"), field(key), f"metadata {key!r}")
        for key, item in spec.items()
    ]


def _headers(spec: Mapping[str, Any], index: dict[str, Any]) -> list[Criterion]:
    def header(lowered: str) -> Callable[[RequestView], Any]:
        return lambda view: view.headers.get(lowered)

    return [
        _text_criterion(f"match.headers.{name}", text_match(item, "equals"), header(name.lower()), f"header {name}")
        for name, item in spec.items()
    ]


def _body(spec: Mapping[str, Any], index: dict[str, Any]) -> list[Criterion]:
    criteria = []
    for pointer, expected in spec.items():
        canonical = _json.canonical(expected)

        def test(view: RequestView, pointer: str = pointer, canonical: bytes = canonical) -> bool:
            found = json_pointer(view.body, pointer)
            return found is not _MISSING and _json.canonical(found) == canonical

        def why(view: RequestView, pointer: str = pointer, expected: Any = expected) -> str:
            found = json_pointer(view.body, pointer)
            if found is _MISSING:
                return f"the body has nothing at {pointer}"
            return f"the body's {pointer} is {shown(found)}, not {shown(expected)}"

        criteria.append(Criterion(f"match.body.{pointer}", test, why))
    return criteria


_CRITERIA: Final[dict[str, Callable[[Any, dict[str, Any]], list[Criterion]]]] = {
    "endpoint": _endpoint,
    "model": _model,
    "serving_model": _serving_model,
    "user": _user,
    "system": _system,
    "stream": _stream,
    "tool_result": _tool_result,
    "tools": _tools,
    "customer_identifier": _customer,
    "thread_identifier": _param("thread_identifier"),
    "metadata": _metadata,
    "headers": _headers,
    "body": _body,
}
MATCH_KEYS: Final = tuple(_CRITERIA)
