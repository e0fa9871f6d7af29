"""Cache: with `cache_enabled`, a repeat of a request is a hit (`X-Respan-Cache: hit`, same answer), a different
request a miss, and `cache_options.cache_by_customer` keeps customers apart."""

from __future__ import annotations

import secrets
from typing import Any

from respan_contract.scenarios._base import Scenario
from respan_contract.scenarios._session import Session

CACHE = "X-Respan-Cache"


def _cache(session: Session) -> None:
    # A fresh text per run, so that an earlier run's cached answers cannot make the first request a hit.
    nonce = secrets.token_hex(6)
    for kind in session.kinds():
        body = session.body(kind, f"Cache test {nonce}.", cache_enabled=True)
        first = session.post(kind, body)
        second = session.post(kind, body)
        answers = [session.json_body(r, session.component(kind), f"{kind}: cached request") for r in (first, second)]
        if None in answers:
            continue
        session.expect(first.headers.get(CACHE) == "miss", f"{kind}: the first request is not a cache miss", first)
        session.expect(second.headers.get(CACHE) == "hit", f"{kind}: the repeat is not a cache hit", second)
        content = [_content(kind, answer) for answer in answers if answer is not None]
        session.expect(content[0] == content[1], f"{kind}: the cache hit answers differently", second)
        other = session.post(kind, session.body(kind, f"Cache test {nonce}, another question.", cache_enabled=True))
        session.expect(other.headers.get(CACHE) == "miss", f"{kind}: a different request is a cache hit", other)
        options = {"cache_enabled": True, "cache_options": {"cache_by_customer": True}}
        alice = session.post(kind, session.body(kind, f"Per customer {nonce}.", customer_identifier="alice", **options))
        bob = session.post(kind, session.body(kind, f"Per customer {nonce}.", customer_identifier="bob", **options))
        session.expect(alice.headers.get(CACHE) == "miss", f"{kind}: cache_by_customer: first customer", alice)
        session.expect(bob.headers.get(CACHE) == "miss", f"{kind}: cache_by_customer: another customer hit", bob)
        plain = session.post(kind, session.body(kind, f"Cache test {nonce}."))
        session.expect(CACHE not in plain.headers, f"{kind}: X-Respan-Cache without cache_enabled", plain)


def _content(kind: str, answer: dict[str, Any]) -> list[Any]:
    """The answer's text (a hit may carry new ids, but not new content)."""
    if kind == "chat":
        return [choice["message"].get("content") for choice in answer["choices"]]
    texts = []
    for item in answer["output"]:
        texts += [part.get("text") for part in item.get("content") or [] if isinstance(part, dict)]
    return texts


SCENARIOS = [Scenario("cache", ("cache",), "a repeat is a hit with the same answer; customers kept apart", _cache)]
