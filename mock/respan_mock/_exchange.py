"""What flows between the gateway pipeline and the two endpoints: a prepared request, and the outcome the
endpoint renders as JSON or as a stream."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Final, Protocol

from respan_mock._errors import ApiError
from respan_mock._params import RespanParams
from respan_mock._replies import Reply
from respan_mock._routing import Attempt, Candidate
from respan_mock._synth import Choice, SynthRequest, text_size
from respan_mock._tokens import count

TOKEN_BREAKDOWN_FLAG: Final = "token-breakdown-2026-03-26"


@dataclass(slots=True)
class Prepared:
    """A validated request after prompt rendering: what the model sees and what keys the answer."""

    body: dict[str, Any]
    model: str
    stream: bool
    content_key: list[Any]  # what the answer is drawn from
    shape_key: list[Any]  # what else shapes it (length, stops, choices, logprobs); both make the cache key
    prompt_tokens: int
    conversation: list[Any]
    prompt_messages: list[dict[str, Any]] | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    # A Responses reasoning summary (None: no summary); its tokens are output tokens besides the answer's.
    reasoning_summary: str | None = None

    @property
    def reasoning_tokens(self) -> int:
        return count(self.reasoning_summary) if self.reasoning_summary else 0


@dataclass(slots=True)
class Outcome:
    """A served request: who served it, the answer, and the numbers the breakdown reports."""

    prepared: Prepared
    params: RespanParams
    log_id: str
    candidate: Candidate
    choices: list[Choice]
    attempts: list[Attempt]
    cache_status: str | None
    prompt_tokens: int
    completion_tokens: int
    cost: float
    started: float
    routing_time: float
    created: int
    beta: frozenset[str]
    request_bytes: int  # of the request body
    reply: Reply | None = None  # a fixture's reply (rendered by respan_mock._render), None for synthetic answers

    @property
    def size(self) -> int:
        """What keeping this exchange costs, roughly: the request body's bytes and the answers' characters."""
        return self.request_bytes + text_size(self.choices)

    @property
    def cached(self) -> bool:
        return self.cache_status == "hit"

    @property
    def token_details(self) -> bool:
        return TOKEN_BREAKDOWN_FLAG in self.beta

    @property
    def wants_breakdown(self) -> bool:
        return bool(self.params.get("request_breakdown", False))

    def stream_breakdown(self, first_token_at: float | None) -> dict[str, Any]:
        """The `request_breakdown` at the end of a stream: its latency until now, its time to first token from
        `first_token_at` (a time.perf_counter() value; None: no token was sent)."""
        ttft = first_token_at - self.started if first_token_at is not None else None
        return self.breakdown(time.perf_counter() - self.started, ttft)

    def breakdown(self, latency: float, time_to_first_token: float | None = None) -> dict[str, Any]:
        """The `request_breakdown` object (schema RequestBreakdown)."""
        return {
            "model": self.candidate.model,
            "provider": self.candidate.provider,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "cost": self.cost,
            "latency": round(latency, 6),
            "time_to_first_token": None if time_to_first_token is None else round(time_to_first_token, 6),
            "routing_time": round(self.routing_time, 6),
            "cached": self.cached,
            "attempts": [attempt.as_dict() for attempt in self.attempts],
        }


class Endpoint(Protocol):
    """One operation of the gateway (chat completions or responses)."""

    name: str
    spec_path: str
    request_schema: str
    conversation_param: str  # the JSON pointer of what limits.max_messages counts: `/messages`, `/input`
    conversation_items: str  # what it counts, in words

    def prepare(self, body: dict[str, Any], params: RespanParams) -> Prepared: ...

    def synth_request(self, prepared: Prepared, digest: bytes) -> SynthRequest: ...

    def render(self, outcome: Outcome, latency: float) -> dict[str, Any]: ...

    def events(self, outcome: Outcome) -> Any: ...

    def error_event(self, error: ApiError, sequence: int) -> bytes:
        """The event that ends a stream failing after `sequence` events."""
        ...

    def output_for_log(self, outcome: Outcome) -> Any: ...
