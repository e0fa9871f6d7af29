"""Which capabilities a target has: declared by the profile, or found by one small request each. A probe only
looks for the feature's most basic sign; the scenarios then test it in detail, so a broken feature fails there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from respan_contract._capabilities import CAPABILITIES
from respan_contract._formats import PARAMS_HEADERS
from respan_contract.scenarios._session import Session
from respan_contract.scenarios.routing import MISSING_MODEL

# capability -> (capabilities it depends on, probe returning (available, why))
Probe = Callable[[Session], tuple[bool, str]]


def _answers(session: Session, kind: str, **fields: Any) -> httpx.Response:
    return session.post(kind, session.body(kind, **fields))


def _ok(response: httpx.Response, what: str) -> tuple[bool, str]:
    if response.status_code == 200:
        return True, f"probed: {what}"
    return False, f"probed: {what} got HTTP {response.status_code}"


def _operation(kind: str) -> Probe:
    return lambda session: _ok(_answers(session, kind), "a plain request")


def _stream(kind: str) -> Probe:
    def probe(session: Session) -> tuple[bool, str]:
        response = _answers(session, kind, stream=True)
        if response.status_code == 200 and response.headers.get("content-type", "").startswith("text/event-stream"):
            return True, "probed: stream true answers an event stream"
        return False, f"probed: stream true got HTTP {response.status_code} {response.headers.get('content-type')}"

    return probe


def _breakdown(session: Session) -> tuple[bool, str]:
    response = _answers(session, "chat", request_breakdown=True)
    shown = response.status_code == 200 and "request_breakdown" in response.json()
    return shown, "probed: request_breakdown true " + ("adds" if shown else "does not add") + " the breakdown"


def _headers(session: Session) -> tuple[bool, str]:
    response = session.post(
        "chat", session.body("chat"), params_headers={PARAMS_HEADERS[0]: {"request_breakdown": True}}
    )
    shown = response.status_code == 200 and "request_breakdown" in response.json()
    return shown, f"probed: {PARAMS_HEADERS[0]} " + ("is read" if shown else "has no effect")


def _load_balancing(session: Session) -> tuple[bool, str]:
    alternate = session.profile.alternate_model
    response = _answers(session, "chat", load_balance_models=[{"model": alternate, "weight": 1}])
    picked = response.status_code == 200 and response.json().get("model") == alternate
    return picked, "probed: load_balance_models " + ("picks" if picked else "does not pick") + " the model"


def _fallbacks(session: Session) -> tuple[bool, str]:
    failing = session.profile.failing_model or MISSING_MODEL
    response = _answers(session, "chat", model=failing)
    if response.status_code == 200:
        return False, f"probed: the model {failing!r} answers, so no fallback can be observed"
    return True, f"probed: the model {failing!r} fails (HTTP {response.status_code})"


def _cache(session: Session) -> tuple[bool, str]:
    response = _answers(session, "chat", cache_enabled=True)
    marked = response.status_code == 200 and "X-Respan-Cache" in response.headers
    return marked, "probed: cache_enabled " + ("sets" if marked else "does not set") + " X-Respan-Cache"


def _prompts(session: Session) -> tuple[bool, str]:
    fixture = session.profile.prompt
    if fixture is None:
        return False, "the profile names no stored prompt"
    return _ok(
        _answers(session, "chat", prompt={"prompt_id": fixture.id, "variables": fixture.variables}), "the prompt"
    )


def _hosted_tools(session: Session) -> tuple[bool, str]:
    response = _answers(session, "responses", tools=[{"type": "web_search"}])
    if response.status_code != 200:
        return _ok(response, "a web search tool")
    output = response.json().get("output")
    kinds = {item.get("type") for item in output if isinstance(item, dict)} if isinstance(output, list) else set()
    searched = "web_search_call" in kinds
    return searched, "probed: a web search tool " + ("gives" if searched else "gives no") + " web_search_call item"


def _given_key(session: Session) -> tuple[bool, str]:
    return (True, "an API key was given") if session.target.api_key else (False, "no API key was given")


def _implied(what: str) -> Probe:
    return lambda session: (True, f"part of {what}")


PROBES: dict[str, tuple[tuple[str, ...], Probe]] = {
    "chat": ((), _operation("chat")),
    "responses": ((), _operation("responses")),
    "auth": ((), _given_key),
    "validation": (("chat",), _implied("every operation")),
    "chat_stream": (("chat",), _stream("chat")),
    "responses_stream": (("responses",), _stream("responses")),
    "request_breakdown": (("chat",), _breakdown),
    "respan_headers": (("chat", "request_breakdown"), _headers),
    "load_balancing": (("chat",), _load_balancing),
    "fallbacks": (("chat",), _fallbacks),
    "cache": (("chat",), _cache),
    "prompts": (("chat",), _prompts),
    "conversation": (("responses",), _implied("the Responses operation")),
    "hosted_tools": (("responses",), _hosted_tools),
}
assert PROBES.keys() == CAPABILITIES.keys()


def probe_capabilities(session: Session) -> dict[str, tuple[bool, str]]:
    """capability -> (available, how the kit knows)."""
    found: dict[str, tuple[bool, str]] = {}
    profile = session.profile
    for name, (depends, probe) in PROBES.items():
        if name in profile.lacks:
            found[name] = (False, "profile: lacks it")
        elif name in profile.supports:
            found[name] = (True, "profile: supports it")
        elif missing := [dependency for dependency in depends if not found[dependency][0]]:
            found[name] = (False, f"needs {', '.join(missing)}")
        else:
            try:
                found[name] = probe(session)
            except httpx.ConnectError:
                raise  # no server there: the run reports it, rather than "not supported" for everything
            except (httpx.HTTPError, ValueError) as exc:
                found[name] = (False, f"probe failed: {exc}")
    return found
